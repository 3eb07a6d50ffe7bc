"""Detection layers: each turns an Exchange into Findings."""
