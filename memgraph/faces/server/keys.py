"""API keys of the REST server, stored hashed in the graph (``ApiKey`` nodes, owner
:data:`~memgraph.models.SYSTEM_SCOPE`).

A key reads ``mgk_<id>_<secret>``: ``id`` (12 hex characters) names the node, ``secret`` (32
random bytes, URL-safe base64) is shown once at creation and only its sha256 is stored. A
key acts for one user or one agent scope; ``admin`` keys may also write the knowledge base,
review and run Cypher. The secret is high-entropy, so a plain sha256 suffices (no password
hashing); it is compared in constant time (``hmac.compare_digest``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from ...errors import InvalidInputError, NotFoundError
from ...models import SYSTEM_SCOPE, ApiKey, NodeLabel, utcnow
from ...stores.base import GraphStore, WriteBatch, record_of
from ...validate import check_optional_id

PREFIX = "mgk_"
_KEY = re.compile(r"mgk_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})")


@dataclass(frozen=True)
class CreatedKey:
    """A new key: ``key`` is the whole secret text, shown this once; ``info`` the stored node."""

    key: str
    info: ApiKey


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class KeyStore:
    """Create, list, revoke and check API keys."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def create(
        self, *, user_id: str | None = None, agent_id: str | None = None, admin: bool = False, name: str | None = None
    ) -> CreatedKey:
        """A new key for one user or one agent (exactly one of them).

        Raises:
            InvalidInputError: neither or both of ``user_id`` / ``agent_id``, or a bad id.
        """
        user_id = check_optional_id("user_id", user_id)
        agent_id = check_optional_id("agent_id", agent_id)
        if (user_id is None) == (agent_id is None):
            raise InvalidInputError("a key acts for one user or one agent: give user_id or agent_id, not both")
        key_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        info = ApiKey(
            id=key_id,
            owner=SYSTEM_SCOPE,
            name=name,
            secret_sha256=_digest(secret),
            user_id=user_id,
            agent_id=agent_id,
            admin=admin,
        )
        self.store.write(WriteBatch(nodes=[record_of(info)]))
        return CreatedKey(f"{PREFIX}{key_id}_{secret}", info)

    def list(self) -> list[ApiKey]:
        """Every key, newest first (revoked ones too)."""
        return [
            ApiKey.model_validate(r.props) for r in self.store.find_nodes(NodeLabel.API_KEY, [SYSTEM_SCOPE], limit=None)
        ]

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke a key by its id; it is refused from then on.

        Raises:
            NotFoundError: no such key.
        """
        found = self.store.get_nodes(NodeLabel.API_KEY, [key_id], [SYSTEM_SCOPE])
        if not found:
            raise NotFoundError(f"no API key {key_id!r}")
        info = ApiKey.model_validate(found[0].props)
        if info.revoked_at is None:
            info = info.model_copy(update={"revoked_at": utcnow(), "updated_at": utcnow()})
            self.store.write(WriteBatch(nodes=[record_of(info)]))
        return info

    def check(self, key: str) -> ApiKey | None:
        """The key's stored node when ``key`` is a valid, unrevoked key; None otherwise."""
        match = _KEY.fullmatch(key.strip())
        if match is None:
            return None
        found = self.store.get_nodes(NodeLabel.API_KEY, [match.group(1)], [SYSTEM_SCOPE])
        if not found:
            return None
        info = ApiKey.model_validate(found[0].props)
        if info.revoked_at is not None or not hmac.compare_digest(info.secret_sha256, _digest(match.group(2))):
            return None
        return info
