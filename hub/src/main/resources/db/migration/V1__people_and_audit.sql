-- People, organisations, external identities, care assignments and the hash-chained audit trail.
-- Runs unchanged on H2 (MySQL mode), MySQL 8 and MariaDB 10.11. Times are UTC.

CREATE TABLE organization (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    kind          VARCHAR(24)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    region        VARCHAR(32),
    ext_system    VARCHAR(32),
    ext_id        VARCHAR(64),
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_organization_ext UNIQUE (ext_system, ext_id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE person (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(254),
    user_category       VARCHAR(16),
    language            VARCHAR(2)   NOT NULL,
    text_size           VARCHAR(16)  NOT NULL,
    high_contrast       BOOLEAN      NOT NULL,
    simplified_mode     BOOLEAN      NOT NULL,
    disability_category VARCHAR(32),
    region              VARCHAR(32),
    birth_date          DATE,
    sex                 VARCHAR(8),
    organization_id     CHAR(36),
    class_name          VARCHAR(32),
    enrolment_status    VARCHAR(16),
    iin_cipher          VARCHAR(200),
    iin_hash            VARCHAR(64),
    iin_status          VARCHAR(16)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_person_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_person_iin_hash ON person (iin_hash);
CREATE INDEX ix_person_organization ON person (organization_id, class_name);

CREATE TABLE person_role (
    person_id CHAR(36)    NOT NULL,
    role      VARCHAR(16) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE external_identity (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    person_id   CHAR(36)    NOT NULL,
    system_name VARCHAR(32) NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    linked_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_external_identity UNIQUE (system_name, external_id),
    CONSTRAINT fk_external_identity_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_external_identity_person ON external_identity (person_id);

CREATE TABLE care_assignment (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    client_id   CHAR(36)    NOT NULL,
    helper_id   CHAR(36)    NOT NULL,
    helper_role VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    ended_at    DATETIME(6),
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES person (id),
    CONSTRAINT fk_assignment_helper FOREIGN KEY (helper_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_assignment_client ON care_assignment (client_id, ended_at);
CREATE INDEX ix_assignment_helper ON care_assignment (helper_id, ended_at);

-- The audit trail is append-only. Each event's hash covers the previous event's hash, so editing or deleting a
-- row breaks the chain from that row on. The single head row serialises appends across hub instances.
CREATE TABLE audit_event (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(80)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    record_type  VARCHAR(32),
    record_id    VARCHAR(64),
    outcome      VARCHAR(16)  NOT NULL,
    detail       VARCHAR(300),
    prev_hash    VARCHAR(64)     NOT NULL,
    hash         VARCHAR(64)     NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL
) DEFAULT CHARSET = utf8mb4;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
