-- Emocare ID schema. Runs unchanged on H2 (MySQL mode), MySQL 8 and MariaDB 10.11.
-- Instants are stored as UTC wall time in datetime(6) (the JDBC URL pins the session time zone to UTC).

-- Spring Authorization Server tables, adjusted: token values are SHA-256 hashes ("sha256:" + base64url), short
-- enough for indexed varchar columns; JSON documents are text.
CREATE TABLE oauth2_registered_client (
    id varchar(100) NOT NULL,
    client_id varchar(100) NOT NULL,
    client_id_issued_at datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    client_secret varchar(200) DEFAULT NULL,
    client_secret_expires_at datetime(6) DEFAULT NULL,
    client_name varchar(200) NOT NULL,
    client_authentication_methods varchar(1000) NOT NULL,
    authorization_grant_types varchar(1000) NOT NULL,
    redirect_uris varchar(1000) DEFAULT NULL,
    post_logout_redirect_uris varchar(1000) DEFAULT NULL,
    scopes varchar(1000) NOT NULL,
    client_settings text NOT NULL,
    token_settings text NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_registered_client_client_id UNIQUE (client_id)
);

CREATE TABLE oauth2_authorization (
    id varchar(100) NOT NULL,
    registered_client_id varchar(100) NOT NULL,
    principal_name varchar(200) NOT NULL,
    authorization_grant_type varchar(100) NOT NULL,
    authorized_scopes varchar(1000) DEFAULT NULL,
    attributes text DEFAULT NULL,
    state varchar(500) DEFAULT NULL,
    authorization_code_value varchar(100) DEFAULT NULL,
    authorization_code_issued_at datetime(6) DEFAULT NULL,
    authorization_code_expires_at datetime(6) DEFAULT NULL,
    authorization_code_metadata text DEFAULT NULL,
    access_token_value varchar(100) DEFAULT NULL,
    access_token_issued_at datetime(6) DEFAULT NULL,
    access_token_expires_at datetime(6) DEFAULT NULL,
    access_token_metadata text DEFAULT NULL,
    access_token_type varchar(100) DEFAULT NULL,
    access_token_scopes varchar(1000) DEFAULT NULL,
    oidc_id_token_value varchar(100) DEFAULT NULL,
    oidc_id_token_issued_at datetime(6) DEFAULT NULL,
    oidc_id_token_expires_at datetime(6) DEFAULT NULL,
    oidc_id_token_metadata text DEFAULT NULL,
    refresh_token_value varchar(100) DEFAULT NULL,
    refresh_token_issued_at datetime(6) DEFAULT NULL,
    refresh_token_expires_at datetime(6) DEFAULT NULL,
    refresh_token_metadata text DEFAULT NULL,
    user_code_value varchar(100) DEFAULT NULL,
    user_code_issued_at datetime(6) DEFAULT NULL,
    user_code_expires_at datetime(6) DEFAULT NULL,
    user_code_metadata text DEFAULT NULL,
    device_code_value varchar(100) DEFAULT NULL,
    device_code_issued_at datetime(6) DEFAULT NULL,
    device_code_expires_at datetime(6) DEFAULT NULL,
    device_code_metadata text DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_authorization_state ON oauth2_authorization (state);
CREATE INDEX ix_authorization_code ON oauth2_authorization (authorization_code_value);
CREATE INDEX ix_authorization_access_token ON oauth2_authorization (access_token_value);
CREATE INDEX ix_authorization_id_token ON oauth2_authorization (oidc_id_token_value);
CREATE INDEX ix_authorization_refresh_token ON oauth2_authorization (refresh_token_value);
CREATE INDEX ix_authorization_principal ON oauth2_authorization (principal_name);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100) NOT NULL,
    principal_name varchar(200) NOT NULL,
    authorities varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);

-- A refresh token that was rotated away; presenting it again revokes its authorization (the token family).
CREATE TABLE used_refresh_token (
    token_hash varchar(100) NOT NULL,
    authorization_id varchar(100) NOT NULL,
    used_at datetime(6) NOT NULL,
    PRIMARY KEY (token_hash)
);

-- Client assertion ids (private_key_jwt) seen before their expiry: a second use is a replay.
CREATE TABLE client_assertion_jti (
    client_id varchar(100) NOT NULL,
    jti varchar(200) NOT NULL,
    expires_at datetime(6) NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE INDEX ix_client_assertion_expiry ON client_assertion_jti (expires_at);

-- Token signing keys: one current, earlier ones still published in the JWKS until retired.
CREATE TABLE signing_key (
    key_id varchar(64) NOT NULL,
    jwk text NOT NULL,
    created_at datetime(6) NOT NULL,
    retired_at datetime(6) DEFAULT NULL,
    PRIMARY KEY (key_id)
);

-- Local Emocare ID accounts. The person behind an account lives in the hub; person_id caches the hub's answer.
CREATE TABLE local_account (
    id varchar(36) NOT NULL,
    username varchar(100) NOT NULL,
    email varchar(254) DEFAULT NULL,
    password_hash varchar(255) NOT NULL,
    person_id varchar(36) DEFAULT NULL,
    totp_secret varchar(64) DEFAULT NULL,
    totp_enrolled_at datetime(6) DEFAULT NULL,
    totp_last_step bigint DEFAULT NULL,
    created_at datetime(6) NOT NULL,
    password_changed_at datetime(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_local_account_username UNIQUE (username)
);
CREATE INDEX ix_local_account_email ON local_account (email);
CREATE INDEX ix_local_account_person ON local_account (person_id);

CREATE TABLE recovery_code (
    account_id varchar(36) NOT NULL,
    code_hash varchar(100) NOT NULL,
    used_at datetime(6) DEFAULT NULL,
    PRIMARY KEY (account_id, code_hash)
);

-- Failed sign-ins per account name (hashed, so unknown names are throttled the same way); no permanent lock-out.
CREATE TABLE account_throttle (
    account_key varchar(100) NOT NULL,
    consecutive_failures int NOT NULL,
    last_failure_at datetime(6) NOT NULL,
    PRIMARY KEY (account_key)
);

-- Federated identities (provider, subject) linked to hub persons, as the hub last answered.
CREATE TABLE federated_identity (
    provider varchar(16) NOT NULL,
    subject varchar(255) NOT NULL,
    person_id varchar(36) NOT NULL,
    linked_at datetime(6) NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX ix_federated_identity_person ON federated_identity (person_id);

-- The claims of a person as the hub last resolved them; tokens (also refreshed ones) are built from this.
CREATE TABLE person_claims (
    person_id varchar(36) NOT NULL,
    display_name varchar(200) DEFAULT NULL,
    roles varchar(200) NOT NULL,
    school_id varchar(36) DEFAULT NULL,
    organization_id varchar(36) DEFAULT NULL,
    language varchar(8) DEFAULT NULL,
    refreshed_at datetime(6) NOT NULL,
    PRIMARY KEY (person_id)
);

CREATE TABLE password_reset (
    token_hash varchar(100) NOT NULL,
    account_id varchar(36) NOT NULL,
    expires_at datetime(6) NOT NULL,
    used_at datetime(6) DEFAULT NULL,
    PRIMARY KEY (token_hash)
);

-- SMART launch contexts: an opaque launch value naming the patient, bound to the authorization that used it.
CREATE TABLE launch_context (
    launch_hash varchar(100) NOT NULL,
    patient varchar(64) NOT NULL,
    created_by varchar(100) NOT NULL,
    expires_at datetime(6) NOT NULL,
    authorization_id varchar(100) DEFAULT NULL,
    PRIMARY KEY (launch_hash)
);

-- Security events waiting for the hub's audit trail (delivered in order, deleted once the hub accepted them).
CREATE TABLE audit_outbox (
    id varchar(36) NOT NULL,
    action varchar(64) NOT NULL,
    actor varchar(100) NOT NULL,
    outcome varchar(32) NOT NULL,
    source_address varchar(64) DEFAULT NULL,
    occurred_at datetime(6) NOT NULL,
    attempts int NOT NULL,
    next_attempt_at datetime(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_outbox_due ON audit_outbox (next_attempt_at);
