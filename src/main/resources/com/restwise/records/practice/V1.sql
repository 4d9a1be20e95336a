-- Schema 1, the first release of the practice database: members, settings, clients,
-- consultations with every version kept, and the audit. Never edit a released step; add the next.
-- Tables belong to the database owner; logins get no privilege on any of them.

CREATE SCHEMA restwise;
REVOKE ALL ON SCHEMA restwise FROM PUBLIC;

CREATE TABLE restwise.schema_info (
    one            boolean PRIMARY KEY DEFAULT true CHECK (one),
    version        integer NOT NULL,
    oldest_app     text    NOT NULL,
    functions_hash text    NOT NULL DEFAULT ''
);

CREATE TABLE restwise.member (
    login        name        PRIMARY KEY,
    role         text        NOT NULL CHECK (role IN ('therapist', 'reception', 'admin')),
    display_name text        NOT NULL,
    active       boolean     NOT NULL DEFAULT true,
    added_at     timestamptz NOT NULL DEFAULT now(),
    added_by     name        NOT NULL DEFAULT session_user
);

CREATE TABLE restwise.setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE restwise.client (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (length(btrim(name)) > 0),
    notes      text        NOT NULL DEFAULT '',
    version    integer     NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name        NOT NULL DEFAULT session_user,
    changed_at timestamptz,
    changed_by name,
    hidden_at  timestamptz,
    hidden_by  name
);
CREATE INDEX client_by_name ON restwise.client (name);

-- The current version of each consultation, for the list and the trend without reading
-- every version; all versions, the current one included, are in consultation_version.
CREATE TABLE restwise.consultation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id      bigint      NOT NULL REFERENCES restwise.client (id),
    version        integer     NOT NULL DEFAULT 1,
    taken_on       date        NOT NULL,
    morning_pain   integer CHECK (morning_pain BETWEEN 0 AND 10),
    profile        text        NOT NULL,
    advice         text        NOT NULL,
    engine_version text        NOT NULL,
    notes          text        NOT NULL DEFAULT '',
    content_hash   text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     name        NOT NULL DEFAULT session_user,
    changed_at     timestamptz,
    changed_by     name,
    hidden_at      timestamptz,
    hidden_by      name,
    hidden_why     text
);
CREATE INDEX consultation_by_client ON restwise.consultation (client_id, taken_on, id);

CREATE TABLE restwise.consultation_version (
    consultation_id bigint      NOT NULL REFERENCES restwise.consultation (id),
    version         integer     NOT NULL,
    taken_on        date        NOT NULL,
    morning_pain    integer,
    profile         text        NOT NULL,
    advice          text        NOT NULL,
    engine_version  text        NOT NULL,
    notes           text        NOT NULL,
    saved_at        timestamptz NOT NULL DEFAULT now(),
    saved_by        name        NOT NULL DEFAULT session_user,
    change          text        NOT NULL,
    PRIMARY KEY (consultation_id, version)
);

CREATE TABLE restwise.audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    login       name        NOT NULL DEFAULT session_user,
    workstation text        NOT NULL DEFAULT current_setting('application_name'),
    client_id   bigint,
    action      text        NOT NULL
);
CREATE INDEX audit_by_client ON restwise.audit (client_id, at);
CREATE INDEX audit_by_login ON restwise.audit (login, at);

CREATE FUNCTION restwise.owner() RETURNS name
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database() $$;

-- The audit and the earlier versions of a consultation can be added to, never changed: not
-- even by the functions, which run as the owner; only a session of the owner itself may.
CREATE FUNCTION restwise.only_appended() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF session_user IS DISTINCT FROM restwise.owner() THEN
        RAISE EXCEPTION '% rows can be added, never changed or deleted', TG_TABLE_NAME USING ERRCODE = 'RWAP1';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER audit_only_appended BEFORE UPDATE OR DELETE ON restwise.audit
    FOR EACH ROW EXECUTE FUNCTION restwise.only_appended();
CREATE TRIGGER audit_not_truncated BEFORE TRUNCATE ON restwise.audit
    FOR EACH STATEMENT EXECUTE FUNCTION restwise.only_appended();
CREATE TRIGGER version_only_appended BEFORE UPDATE OR DELETE ON restwise.consultation_version
    FOR EACH ROW EXECUTE FUNCTION restwise.only_appended();
CREATE TRIGGER version_not_truncated BEFORE TRUNCATE ON restwise.consultation_version
    FOR EACH STATEMENT EXECUTE FUNCTION restwise.only_appended();

-- Row level security, the second line behind the functions. FORCE makes it hold for the
-- owner too, and so inside the SECURITY DEFINER functions, which run as the owner: who sees a
-- row is decided by session_user, the login that connected, which no SET can change.
-- The conditions on the caller are subqueries without a reference to the row, so PostgreSQL
-- computes them once per query, not once per client.
ALTER TABLE restwise.client ENABLE ROW LEVEL SECURITY;
ALTER TABLE restwise.client FORCE ROW LEVEL SECURITY;
CREATE POLICY member_sees ON restwise.client USING (
    session_user = (SELECT pg_get_userbyid(d.datdba) FROM pg_database d WHERE d.datname = current_database())
    OR EXISTS (SELECT 1 FROM restwise.member m WHERE m.login = session_user AND m.active));

ALTER TABLE restwise.consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE restwise.consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY of_a_client_seen ON restwise.consultation
    USING (EXISTS (SELECT 1 FROM restwise.client c WHERE c.id = client_id));

ALTER TABLE restwise.consultation_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE restwise.consultation_version FORCE ROW LEVEL SECURITY;
CREATE POLICY of_a_consultation_seen ON restwise.consultation_version
    USING (EXISTS (SELECT 1 FROM restwise.consultation k WHERE k.id = consultation_id));
