-- Mood entries, self-test results and crisis requests. Runs unchanged on H2 (MySQL mode), MySQL 8 and MariaDB 10.11.
-- Times are UTC. Free text (notes, custom tags, crisis messages, call-back numbers, outcome notes) is encrypted by the
-- application (AES-GCM, base64 with a key id): the column sizes leave room for the largest allowed text in UTF-8.

-- High volume (every user, several times a day): BIGINT identity ids. The index serves a person's history (newest
-- first, id as tie-breaker because MariaDB with Connector/J drops fractional seconds) and the trend windows.
CREATE TABLE mood_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id          CHAR(36)     NOT NULL,
    mood_level         SMALLINT     NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    time_zone          VARCHAR(64)  NOT NULL,
    local_date         DATE         NOT NULL,
    tags               VARCHAR(200),
    custom_tags_cipher VARCHAR(600),
    note_cipher        VARCHAR(4200),
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT ck_mood_entry_level CHECK (mood_level BETWEEN 0 AND 10),
    CONSTRAINT fk_mood_entry_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mood_entry_person_time ON mood_entry (person_id, recorded_at, id);

-- One scored response to an instrument (PHQ-9, GAD-7, PHQ-A, WHO-5). Answers are kept as item=value pairs in the
-- instrument's order; total, score and band stay in clear for de-identified reports.
CREATE TABLE assessment (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    person_id          CHAR(36)     NOT NULL,
    instrument         VARCHAR(16)  NOT NULL,
    instrument_version VARCHAR(16)  NOT NULL,
    raw_total          INT          NOT NULL,
    score              INT          NOT NULL,
    band               VARCHAR(32)  NOT NULL,
    flags              VARCHAR(100),
    answers            VARCHAR(400),
    language           VARCHAR(2),
    source             VARCHAR(16)  NOT NULL,
    completed_at       DATETIME(6)  NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    crisis_request_id  CHAR(36),
    CONSTRAINT fk_assessment_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_assessment_person_time ON assessment (person_id, completed_at, id);
CREATE INDEX ix_assessment_instrument_time ON assessment (instrument, completed_at);

-- A request for help. active_person_id equals person_id while the request is open or acknowledged and is NULL once
-- resolved: its unique index allows one active request per person even when two requests race (NULLs never clash).
CREATE TABLE crisis_request (
    id                        CHAR(36)     NOT NULL PRIMARY KEY,
    person_id                 CHAR(36)     NOT NULL,
    active_person_id          CHAR(36),
    source                    VARCHAR(16)  NOT NULL,
    assessment_id             CHAR(36),
    message_cipher            VARCHAR(4200),
    call_back_requested       BOOLEAN      NOT NULL,
    call_back_phone_cipher    VARCHAR(200),
    state                     VARCHAR(16)  NOT NULL,
    assigned_psychologist_id  CHAR(36),
    opened_at                 DATETIME(6)  NOT NULL,
    last_signal_at            DATETIME(6)  NOT NULL,
    signal_count              INT          NOT NULL,
    acknowledged_at           DATETIME(6),
    acknowledged_by           CHAR(36),
    seconds_to_acknowledge    BIGINT,
    resolved_at               DATETIME(6),
    resolved_by               CHAR(36),
    outcome                   VARCHAR(32),
    outcome_note_cipher       VARCHAR(4200),
    version                   BIGINT       NOT NULL,
    CONSTRAINT uq_crisis_request_active UNIQUE (active_person_id),
    CONSTRAINT fk_crisis_request_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_crisis_request_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_crisis_request_psychologist FOREIGN KEY (assigned_psychologist_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_crisis_request_queue ON crisis_request (state, opened_at);
CREATE INDEX ix_crisis_request_person ON crisis_request (person_id, opened_at);
