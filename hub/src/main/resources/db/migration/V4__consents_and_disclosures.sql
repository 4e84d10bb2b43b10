-- Consents (who may receive which data, for what purpose, for how long) and the disclosure log (what left the hub,
-- to whom, under which consent). Consent rows are never deleted: a revocation or expiry is a new state, with its
-- event kept in consent_event.

CREATE TABLE consent (
    id                   CHAR(36)    NOT NULL PRIMARY KEY,
    person_id            CHAR(36)    NOT NULL,
    recipient_id         CHAR(36)    NOT NULL,
    purpose              VARCHAR(16) NOT NULL,
    categories           VARCHAR(64) NOT NULL,
    valid_from           DATETIME(6) NOT NULL,
    valid_until          DATETIME(6),
    data_from            DATETIME(6),
    data_until           DATETIME(6),
    status               VARCHAR(16) NOT NULL,
    granted_at           DATETIME(6) NOT NULL,
    revoked_at           DATETIME(6),
    version              BIGINT      NOT NULL,
    CONSTRAINT fk_consent_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_consent_recipient FOREIGN KEY (recipient_id) REFERENCES organization (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_consent_person ON consent (person_id, status);
CREATE INDEX ix_consent_recipient ON consent (recipient_id, purpose, status);

CREATE TABLE consent_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consent_id  CHAR(36)    NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor       VARCHAR(80) NOT NULL,
    CONSTRAINT fk_consent_event_consent FOREIGN KEY (consent_id) REFERENCES consent (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_consent_event_consent ON consent_event (consent_id);

CREATE TABLE disclosure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       CHAR(36)     NOT NULL,
    recipient_id    CHAR(36)     NOT NULL,
    recipient_actor VARCHAR(80)  NOT NULL,
    consent_id      CHAR(36)     NOT NULL,
    channel         VARCHAR(24)  NOT NULL,
    resource_types  VARCHAR(200) NOT NULL,
    resource_count  INT          NOT NULL,
    disclosed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_disclosure_consent FOREIGN KEY (consent_id) REFERENCES consent (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_disclosure_person ON disclosure (person_id, disclosed_at);
