"""The gateway's errors: one tree, one table to HTTP.

::

    GatewayError                  status  type                    code
    ├── BadRequest                400     invalid_request_error   invalid_json, invalid_utf8,
    │                                                             invalid_type,
    │                                                             unscreenable_content
    ├── Unauthorized              401     authentication_error    invalid_api_key
    │                             401     authentication_error    invalid_command (admin routes)
    ├── Forbidden                 403     red_line_violation      <red line id>
    │                             403     review_required         <red line id>
    │                             400     invalid_request_error   invalid_value (audit routes)
    │   ├── Suspended             403     access_suspended        tenant_suspended, key_suspended
    │   └── AuthorityRefused      403     authority_not_permitted authority_not_registered
    ├── Conflict                  409     invalid_request_error   command_replayed, unknown_target
    ├── PolicyRefused             422     policy_refused          bad_policy (admin reload)
    ├── NotFound                  404     invalid_request_error   model_not_found | not_found
    ├── PayloadTooLarge           413     invalid_request_error   body_too_large
    ├── UnsupportedMediaType      415     invalid_request_error   unsupported_media_type
    ├── UpstreamFailed            502     upstream_error          upstream_unavailable,
    │                                                             bad_upstream
    ├── ScreeningUnavailable      503     screening_unavailable   screening_unavailable
    └── UpstreamTimeout           504     upstream_error          upstream_timeout

Every error renders in OpenAI's shape ``{"error": {"message", "type", "code", "param"}}`` plus
a ``redline`` object (decision id, red line, clause, review id...) when Redline decided.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "AuthorityRefused",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "GatewayError",
    "NotFound",
    "PayloadTooLarge",
    "PolicyRefused",
    "ScreeningUnavailable",
    "Suspended",
    "Unauthorized",
    "UnsupportedMediaType",
    "UpstreamFailed",
    "UpstreamTimeout",
]


class GatewayError(Exception):
    """Base of every error the gateway answers with."""

    status: ClassVar[int] = 500
    type: ClassVar[str] = "api_error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        redline: dict[str, Any] | None = None,
        error_type: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status or self.status
        self.message = message
        self.code = code
        self.param = param
        self.redline = redline
        self.error_type = error_type or self.type

    def body(self) -> dict[str, Any]:
        """The JSON body of the error response."""
        error: dict[str, Any] = {
            "message": self.message,
            "type": self.error_type,
            "code": self.code,
            "param": self.param,
        }
        out: dict[str, Any] = {"error": error}
        if self.redline is not None:
            out["redline"] = self.redline
        return out


class BadRequest(GatewayError):
    status = 400
    type = "invalid_request_error"


class Unauthorized(GatewayError):
    status = 401
    type = "authentication_error"


class Forbidden(GatewayError):
    """A red-line block (type ``red_line_violation``) or a hold (type ``review_required``)."""

    status = 403
    type = "red_line_violation"


class Suspended(Forbidden):
    """The provider suspended the tenant or this key (issue 7); nothing is screened or sent."""

    type = "access_suspended"


class AuthorityRefused(Forbidden):
    """The declared legal authority is not one the tenant is registered for."""

    type = "authority_not_permitted"


class Conflict(GatewayError):
    status = 409
    type = "invalid_request_error"


class PolicyRefused(GatewayError):
    """A reload found no verified policy; the running policy stays."""

    status = 422
    type = "policy_refused"


class NotFound(GatewayError):
    status = 404
    type = "invalid_request_error"


class PayloadTooLarge(GatewayError):
    status = 413
    type = "invalid_request_error"


class UnsupportedMediaType(GatewayError):
    status = 415
    type = "invalid_request_error"


class UpstreamFailed(GatewayError):
    status = 502
    type = "upstream_error"


class ScreeningUnavailable(GatewayError):
    status = 503
    type = "screening_unavailable"


class UpstreamTimeout(GatewayError):
    status = 504
    type = "upstream_error"
