-- Schema 2: request ids, so a save retried after a lost connection is never made twice;
-- clients handed to another therapist; "own clients only".

CREATE TABLE restwise.save_request (
    request_id      uuid PRIMARY KEY,
    login           name        NOT NULL DEFAULT session_user,
    at              timestamptz NOT NULL DEFAULT now(),
    client_id       bigint,
    consultation_id bigint,
    version         integer
);

CREATE TABLE restwise.client_share (
    client_id bigint      NOT NULL REFERENCES restwise.client (id),
    login     name        NOT NULL,
    shared_at timestamptz NOT NULL DEFAULT now(),
    shared_by name        NOT NULL DEFAULT session_user,
    PRIMARY KEY (client_id, login)
);

INSERT INTO restwise.setting (key, value) VALUES ('own_clients_only', 'off') ON CONFLICT DO NOTHING;

-- With own clients only on, a therapist sees the clients they created or were handed;
-- reception and admins see every client's name (what they may see of it the functions decide).
DROP POLICY member_sees ON restwise.client;
CREATE POLICY member_sees ON restwise.client USING (
    session_user = (SELECT pg_get_userbyid(d.datdba) FROM pg_database d WHERE d.datname = current_database())
    OR (SELECT m.role FROM restwise.member m WHERE m.login = session_user AND m.active) IN ('reception', 'admin')
    OR ((SELECT m.role FROM restwise.member m WHERE m.login = session_user AND m.active) = 'therapist'
        AND (created_by = session_user
             OR NOT EXISTS (SELECT 1 FROM restwise.setting s WHERE s.key = 'own_clients_only' AND s.value = 'on')
             OR EXISTS (SELECT 1 FROM restwise.client_share h WHERE h.client_id = client.id AND h.login = session_user))));
