-- Chat between a user and an assigned helper, therapy slots and sessions, themed communities.
-- Runs unchanged on H2 (MySQL mode), MySQL 8 and MariaDB 10.11. Times are UTC. Free text (messages, posts,
-- cancellation, removal and hiding reasons) is stored encrypted: the *_cipher columns hold key id + base64 of
-- AES-GCM output, so their length is about 4/3 of the UTF-8 bytes plus the key id (2,000 UTF-16 units of text fit
-- in 8,200 characters, 500 units in 2,100).

-- Chat --------------------------------------------------------------------------------------------------------------

CREATE TABLE conversation (
    id                  CHAR(36)    NOT NULL PRIMARY KEY,
    client_id           CHAR(36)    NOT NULL,
    helper_id           CHAR(36)    NOT NULL,
    helper_role         VARCHAR(16) NOT NULL,
    opened_at           DATETIME(6) NOT NULL,
    last_message_id     BIGINT,
    last_message_at     DATETIME(6),
    client_last_read_id BIGINT      NOT NULL,
    helper_last_read_id BIGINT      NOT NULL,
    CONSTRAINT uq_conversation_pair UNIQUE (client_id, helper_id),
    CONSTRAINT fk_conversation_client FOREIGN KEY (client_id) REFERENCES person (id),
    CONSTRAINT fk_conversation_helper FOREIGN KEY (helper_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_conversation_helper ON conversation (helper_id, last_message_id);

-- sender_id is NULL for messages of the Emocare bot (bot = TRUE). client_message_id is the sender's idempotency key:
-- a retried send with the same key finds the first message instead of adding a second one.
CREATE TABLE chat_message (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id   CHAR(36)     NOT NULL,
    sender_id         CHAR(36),
    bot               BOOLEAN      NOT NULL,
    body_cipher       VARCHAR(8200),
    removed           BOOLEAN      NOT NULL,
    client_message_id VARCHAR(64),
    sent_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uq_chat_message_client_id UNIQUE (conversation_id, sender_id, client_message_id),
    CONSTRAINT fk_chat_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_chat_message_conversation ON chat_message (conversation_id, id);
CREATE INDEX ix_chat_message_sender ON chat_message (sender_id);

-- Therapy sessions ---------------------------------------------------------------------------------------------------

-- One row per psychologist; its version serialises publishing, so two overlapping slots cannot be published at once.
CREATE TABLE therapy_calendar (
    psychologist_id CHAR(36) NOT NULL PRIMARY KEY,
    published_slots BIGINT   NOT NULL,
    version         BIGINT   NOT NULL,
    CONSTRAINT fk_therapy_calendar_psychologist FOREIGN KEY (psychologist_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE therapy_slot (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    psychologist_id CHAR(36)    NOT NULL,
    starts_at       DATETIME(6) NOT NULL,
    ends_at         DATETIME(6) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    published_at    DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT fk_therapy_slot_psychologist FOREIGN KEY (psychologist_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_therapy_slot_psychologist ON therapy_slot (psychologist_id, starts_at);

-- active_slot_id equals slot_id while the booking holds the slot and is NULL once it is cancelled: the unique
-- constraint makes a second booking of one slot impossible, whatever the timing (MySQL has no partial indexes).
CREATE TABLE therapy_session (
    id                         CHAR(36)     NOT NULL PRIMARY KEY,
    slot_id                    CHAR(36)     NOT NULL,
    active_slot_id             CHAR(36),
    client_id                  CHAR(36)     NOT NULL,
    psychologist_id            CHAR(36)     NOT NULL,
    starts_at                  DATETIME(6)  NOT NULL,
    ends_at                    DATETIME(6)  NOT NULL,
    status                     VARCHAR(16)  NOT NULL,
    meeting_url                VARCHAR(300),
    booked_at                  DATETIME(6)  NOT NULL,
    cancelled_by               VARCHAR(16),
    cancellation_reason_cipher VARCHAR(2100),
    closed_at                  DATETIME(6),
    version                    BIGINT       NOT NULL,
    CONSTRAINT uq_therapy_session_active_slot UNIQUE (active_slot_id),
    CONSTRAINT fk_therapy_session_slot FOREIGN KEY (slot_id) REFERENCES therapy_slot (id),
    CONSTRAINT fk_therapy_session_client FOREIGN KEY (client_id) REFERENCES person (id),
    CONSTRAINT fk_therapy_session_psychologist FOREIGN KEY (psychologist_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_therapy_session_client ON therapy_session (client_id, starts_at);
CREATE INDEX ix_therapy_session_psychologist ON therapy_session (psychologist_id, starts_at);
CREATE INDEX ix_therapy_session_status ON therapy_session (status, starts_at);

-- Communities --------------------------------------------------------------------------------------------------------

CREATE TABLE community (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    title_kk       VARCHAR(200),
    title_ru       VARCHAR(200),
    title_en       VARCHAR(200),
    description_kk VARCHAR(2000),
    description_ru VARCHAR(2000),
    description_en VARCHAR(2000),
    status         VARCHAR(16)   NOT NULL,
    created_by     VARCHAR(80)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE community_theme (
    community_id CHAR(36)    NOT NULL,
    theme        VARCHAR(32) NOT NULL,
    PRIMARY KEY (community_id, theme),
    CONSTRAINT fk_community_theme_community FOREIGN KEY (community_id) REFERENCES community (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_community_theme_theme ON community_theme (theme);

CREATE TABLE community_membership (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    community_id          CHAR(36)      NOT NULL,
    person_id             CHAR(36)      NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    joined_at             DATETIME(6)   NOT NULL,
    left_at               DATETIME(6),
    removed_by            CHAR(36),
    removal_reason_cipher VARCHAR(2100),
    rejoin_allowed_at     DATETIME(6),
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_community_membership UNIQUE (community_id, person_id),
    CONSTRAINT fk_community_membership_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_community_membership_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_community_membership_person ON community_membership (person_id, status);

CREATE TABLE community_post (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    community_id         CHAR(36)      NOT NULL,
    author_id            CHAR(36)      NOT NULL,
    body_cipher          VARCHAR(8200),
    posted_at            DATETIME(6)   NOT NULL,
    hidden               BOOLEAN       NOT NULL,
    hidden_at            DATETIME(6),
    hidden_by            CHAR(36),
    hidden_reason_cipher VARCHAR(2100),
    removed              BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_community_post_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_community_post_author FOREIGN KEY (author_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_community_post_community ON community_post (community_id, id);
CREATE INDEX ix_community_post_author ON community_post (author_id);
