"""``python -m redline.local_model``: see :func:`redline.local_model.cli.main`."""

from redline.local_model.cli import main

if __name__ == "__main__":
    main()
