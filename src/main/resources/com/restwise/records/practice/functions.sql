-- The practice database's functions: the only way in for a login. Each runs as the owner
-- (SECURITY DEFINER) with a pinned search_path and row security on, whatever the session set;
-- checks the caller's role by session_user, takes the optimistic lock, writes one audit row
-- per client it touches, and tells the other desktops (NOTIFY restwise) what changed, never
-- what it says. Laid anew by `clinic init` whenever this file changes; the tables are in the
-- versioned steps V1, V2, ...

CREATE SCHEMA restwise_api;
REVOKE ALL ON SCHEMA restwise_api FROM PUBLIC;

-- The helpers below are PL/pgSQL, not SQL: a SQL function with a SET clause is never inlined
-- and plans its statements anew at every call (recording a version planned the row security
-- policies each time), where PL/pgSQL keeps each statement's plan for the session. That halved
-- the server's time per save (PracticeBenchmark).

-- The database's owner. Schema 1 made this a SQL function, which planned its query at every
-- call: three times a save and its reads, through the caller's role.
CREATE OR REPLACE FUNCTION restwise.owner() RETURNS name
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN RETURN (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()); END $$;

-- The caller's role: a member's, 'owner' for the database owner, null for anyone else or a
-- member who was removed.
CREATE OR REPLACE FUNCTION restwise.caller_role() RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, restwise, pg_temp
    AS $$ BEGIN
    IF session_user = restwise.owner() THEN RETURN 'owner'; END IF;
    RETURN (SELECT role FROM restwise.member WHERE login = session_user AND active);
END $$;

CREATE OR REPLACE FUNCTION restwise.require_role(VARIADIC allowed text[]) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, restwise, pg_temp
    AS $$
DECLARE
    r text := restwise.caller_role();
BEGIN
    IF r IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of this practice', session_user USING ERRCODE = 'RWNM1';
    END IF;
    IF NOT r = ANY (allowed) THEN
        RAISE EXCEPTION 'the role % may not do this', r USING ERRCODE = 'RWDN1';
    END IF;
    RETURN r;
END $$;

CREATE OR REPLACE FUNCTION restwise.audit_row(p_client bigint, p_action text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, restwise, pg_temp
    AS $$ BEGIN INSERT INTO restwise.audit (client_id, action) VALUES (p_client, p_action); END $$;

CREATE OR REPLACE FUNCTION restwise.tell(p_event text, p_client bigint) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, restwise, pg_temp
    AS $$ BEGIN PERFORM pg_notify('restwise', json_build_object('event', p_event, 'client', p_client)::text); END $$;

-- A change that found no row at its base version: stale when the row is still there (someone
-- saved a newer version), gone when it was deleted or cannot be seen.
CREATE OR REPLACE FUNCTION restwise.refuse_change(p_what text, p_exists boolean, p_current integer) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, restwise, pg_temp
    AS $$
BEGIN
    IF p_exists THEN
        RAISE EXCEPTION 'this % was changed meanwhile (now version %)', p_what, p_current
            USING ERRCODE = 'RWST1', DETAIL = p_current::text;
    END IF;
    RAISE EXCEPTION 'this % is no longer in the records', p_what USING ERRCODE = 'RWGN1';
END $$;

-- Keeps the consultation's current content as one of its versions, with who saved it and why.
CREATE OR REPLACE FUNCTION restwise.record_version(p_id bigint, p_change text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, restwise, pg_temp
    AS $$ BEGIN
    INSERT INTO restwise.consultation_version (consultation_id, version, taken_on, morning_pain, profile, advice,
                                               engine_version, notes, todays_screen, change)
    SELECT id, version, taken_on, morning_pain, profile, advice, engine_version, notes, todays_screen, p_change
      FROM restwise.consultation WHERE id = p_id;
END $$;

CREATE OR REPLACE FUNCTION restwise.content_hash(p_taken_on date, p_profile text, p_advice text, p_notes text)
    RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN RETURN md5(p_taken_on::text || chr(30) || p_profile || chr(30) || p_advice || chr(30) || p_notes); END $$;

-- What a desktop checks when it connects: the schema's version, the oldest app that may use it,
-- and who the login is here.
CREATE FUNCTION restwise_api.practice_info()
    RETURNS TABLE (schema_version integer, oldest_app text, login name, role text, display_name text,
                   practice_name text, practice_address text, own_clients_only boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
    SELECT i.version, i.oldest_app, session_user, restwise.caller_role(),
           coalesce((SELECT m.display_name FROM restwise.member m WHERE m.login = session_user AND m.active), ''),
           coalesce((SELECT value FROM restwise.setting WHERE key = 'practice_name'), ''),
           coalesce((SELECT value FROM restwise.setting WHERE key = 'practice_address'), ''),
           coalesce((SELECT value = 'on' FROM restwise.setting WHERE key = 'own_clients_only'), false)
      FROM restwise.schema_info i
    $$;

-- --- clients

CREATE FUNCTION restwise_api.client_add(p_name text, p_notes text, p_request uuid)
    RETURNS TABLE (id bigint, version integer, created_at timestamptz, created_by name)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
#variable_conflict use_column
DECLARE
    r text := restwise.require_role('therapist', 'reception');
    new_id bigint;
BEGIN
    SELECT s.client_id INTO new_id FROM restwise.save_request s WHERE s.request_id = p_request;
    IF new_id IS NULL THEN
        -- Reception sees no notes, so it writes none either.
        INSERT INTO restwise.client (name, notes) VALUES (p_name, CASE WHEN r = 'therapist' THEN coalesce(p_notes, '') ELSE '' END)
            RETURNING client.id INTO new_id;
        INSERT INTO restwise.save_request (request_id, client_id, version) VALUES (p_request, new_id, 1);
        PERFORM restwise.audit_row(new_id, 'client-add');
        PERFORM restwise.tell('client-added', new_id);
    END IF;
    RETURN QUERY SELECT c.id, c.version, c.created_at, c.created_by FROM restwise.client c WHERE c.id = new_id;
END $$;

CREATE FUNCTION restwise_api.client_update(p_id bigint, p_base_version integer, p_name text, p_notes text)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    now_version integer;
BEGIN
    UPDATE restwise.client SET name = p_name, notes = coalesce(p_notes, ''), version = version + 1,
                               changed_at = now(), changed_by = session_user
     WHERE id = p_id AND version = p_base_version AND hidden_at IS NULL
     RETURNING version INTO now_version;
    IF now_version IS NULL THEN
        SELECT version INTO now_version FROM restwise.client WHERE id = p_id AND hidden_at IS NULL;
        PERFORM restwise.refuse_change('client', now_version IS NOT NULL, now_version);
    END IF;
    PERFORM restwise.audit_row(p_id, 'client-change');
    PERFORM restwise.tell('client-changed', p_id);
    RETURN now_version;
END $$;

-- Deleting a client hides them, and so their consultations: nothing is erased.
CREATE FUNCTION restwise_api.client_hide(p_id bigint, p_base_version integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    now_version integer;
BEGIN
    UPDATE restwise.client SET hidden_at = now(), hidden_by = session_user, version = version + 1
     WHERE id = p_id AND version = p_base_version AND hidden_at IS NULL
     RETURNING version INTO now_version;
    IF now_version IS NULL THEN
        SELECT version INTO now_version FROM restwise.client WHERE id = p_id AND hidden_at IS NULL;
        PERFORM restwise.refuse_change('client', now_version IS NOT NULL, now_version);
    END IF;
    PERFORM restwise.audit_row(p_id, 'client-delete');
    PERFORM restwise.tell('client-changed', p_id);
END $$;

-- The clients the caller sees, with their consultation count and latest date; notes for
-- therapists only. Names and dates are what reception may see.
CREATE FUNCTION restwise_api.clients()
    RETURNS TABLE (id bigint, name text, notes text, version integer, created_at timestamptz, created_by name,
                   creator_name text, consultations integer, last_consultation date)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist', 'reception', 'admin');
BEGIN
    RETURN QUERY
    SELECT c.id, c.name, CASE WHEN r = 'therapist' THEN c.notes ELSE '' END, c.version, c.created_at, c.created_by,
           coalesce(m.display_name, c.created_by::text), count(k.id)::integer, max(k.taken_on)
      FROM restwise.client c
      LEFT JOIN restwise.consultation k ON k.client_id = c.id AND k.hidden_at IS NULL
      LEFT JOIN restwise.member m ON m.login = c.created_by
     WHERE c.hidden_at IS NULL
     GROUP BY c.id, m.display_name
     ORDER BY lower(c.name), c.id;
END $$;

CREATE FUNCTION restwise_api.client_share(p_client bigint, p_login name)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM restwise.client WHERE id = p_client AND hidden_at IS NULL) THEN
        PERFORM restwise.refuse_change('client', false, null);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM restwise.member WHERE login = p_login AND active AND role = 'therapist') THEN
        RAISE EXCEPTION '% is not a therapist of this practice', p_login USING ERRCODE = 'RWNU1';
    END IF;
    INSERT INTO restwise.client_share (client_id, login) VALUES (p_client, p_login) ON CONFLICT DO NOTHING;
    PERFORM restwise.audit_row(p_client, 'client-share:' || p_login);
    PERFORM restwise.tell('client-added', p_client);
END $$;

-- --- consultations

-- What a client's page shows of each current consultation, for the list, the trend and the
-- charts, from the figures kept beside the documents (V3), never the documents themselves: the
-- date, the scores, the firmness and medical level the advice gave, the notes, today's screen
-- of an import, and who corrected it last (their name, else the login). Reception and admins
-- get the dates only.
CREATE FUNCTION restwise_api.consultation_summaries(p_client bigint)
    RETURNS TABLE (id bigint, version integer, taken_on date, morning_pain integer, changed_at timestamptz,
                   changed_by name, changed_by_name text, sleep_quality integer, stiffness_minutes integer,
                   firmness_target double precision, medical_level text, medical_unanswered boolean, notes text,
                   todays_screen text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist', 'reception', 'admin');
BEGIN
    PERFORM restwise.audit_row(p_client, CASE WHEN r = 'therapist' THEN 'read-summary' ELSE 'read-dates' END);
    RETURN QUERY
    SELECT k.id, k.version, k.taken_on, CASE WHEN r = 'therapist' THEN k.morning_pain END, k.changed_at, k.changed_by,
           coalesce(nullif(m.display_name, ''), k.changed_by::text),
           CASE WHEN r = 'therapist' THEN k.sleep_quality END, CASE WHEN r = 'therapist' THEN k.stiffness_minutes END,
           CASE WHEN r = 'therapist' THEN k.firmness_target END, CASE WHEN r = 'therapist' THEN k.medical_level END,
           r = 'therapist' AND k.medical_unanswered, CASE WHEN r = 'therapist' THEN k.notes ELSE '' END,
           CASE WHEN r = 'therapist' THEN k.todays_screen END
      FROM restwise.consultation k LEFT JOIN restwise.member m ON m.login = k.changed_by
     WHERE k.client_id = p_client AND k.hidden_at IS NULL
       AND EXISTS (SELECT 1 FROM restwise.client c WHERE c.id = p_client AND c.hidden_at IS NULL)
     ORDER BY k.taken_on, k.id;
END $$;

-- A client's current consultations in full; p_purpose says why ('read', 'export', 'report'),
-- which is what the audit records.
CREATE FUNCTION restwise_api.consultations(p_client bigint, p_purpose text)
    RETURNS TABLE (id bigint, version integer, taken_on date, morning_pain integer, profile text, advice text,
                   engine_version text, notes text, created_at timestamptz, created_by name,
                   changed_at timestamptz, changed_by name, changed_by_name text, todays_screen text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
BEGIN
    IF p_purpose NOT IN ('read', 'export', 'report') THEN
        RAISE EXCEPTION 'unknown purpose %', p_purpose USING ERRCODE = '22023';
    END IF;
    PERFORM restwise.audit_row(p_client, p_purpose);
    RETURN QUERY
    SELECT k.id, k.version, k.taken_on, k.morning_pain, k.profile, k.advice, k.engine_version, k.notes,
           k.created_at, k.created_by, k.changed_at, k.changed_by,
           coalesce(nullif(m.display_name, ''), k.changed_by::text), k.todays_screen
      FROM restwise.consultation k LEFT JOIN restwise.member m ON m.login = k.changed_by
     WHERE k.client_id = p_client AND k.hidden_at IS NULL
       AND EXISTS (SELECT 1 FROM restwise.client c WHERE c.id = p_client AND c.hidden_at IS NULL)
     ORDER BY k.taken_on, k.id;
END $$;

-- One consultation, for its report (audited as 'report') or its page ('read').
CREATE FUNCTION restwise_api.consultation(p_id bigint, p_purpose text)
    RETURNS TABLE (id bigint, client_id bigint, version integer, taken_on date, morning_pain integer, profile text,
                   advice text, engine_version text, notes text, created_at timestamptz, created_by name,
                   changed_at timestamptz, changed_by name, changed_by_name text, todays_screen text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    owner_client bigint;
BEGIN
    IF p_purpose NOT IN ('read', 'report') THEN
        RAISE EXCEPTION 'unknown purpose %', p_purpose USING ERRCODE = '22023';
    END IF;
    SELECT k.client_id INTO owner_client FROM restwise.consultation k WHERE k.id = p_id AND k.hidden_at IS NULL;
    IF owner_client IS NULL THEN
        PERFORM restwise.refuse_change('consultation', false, null);
    END IF;
    PERFORM restwise.audit_row(owner_client, p_purpose);
    RETURN QUERY
    SELECT k.id, k.client_id, k.version, k.taken_on, k.morning_pain, k.profile, k.advice, k.engine_version, k.notes,
           k.created_at, k.created_by, k.changed_at, k.changed_by,
           coalesce(nullif(m.display_name, ''), k.changed_by::text), k.todays_screen
      FROM restwise.consultation k LEFT JOIN restwise.member m ON m.login = k.changed_by WHERE k.id = p_id;
END $$;

CREATE FUNCTION restwise_api.consultation_save(p_client bigint, p_taken_on date, p_morning_pain integer,
                                               p_profile text, p_advice text, p_engine_version text, p_notes text,
                                               p_request uuid)
    RETURNS TABLE (id bigint, version integer, repeated boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
#variable_conflict use_column
DECLARE
    r text := restwise.require_role('therapist');
    done restwise.save_request;
    new_id bigint;
BEGIN
    SELECT * INTO done FROM restwise.save_request s WHERE s.request_id = p_request;
    IF done.request_id IS NOT NULL THEN
        RETURN QUERY SELECT done.consultation_id, done.version, true;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM restwise.client c WHERE c.id = p_client AND c.hidden_at IS NULL) THEN
        PERFORM restwise.refuse_change('client', false, null);
    END IF;
    INSERT INTO restwise.consultation (client_id, taken_on, morning_pain, profile, advice, engine_version, notes,
                                       content_hash)
    VALUES (p_client, p_taken_on, p_morning_pain, p_profile, p_advice, p_engine_version, coalesce(p_notes, ''),
            restwise.content_hash(p_taken_on, p_profile, p_advice, coalesce(p_notes, '')))
    RETURNING consultation.id INTO new_id;
    -- its first version, from what was just written (not read back through the row security)
    INSERT INTO restwise.consultation_version (consultation_id, version, taken_on, morning_pain, profile, advice,
                                               engine_version, notes, change)
    VALUES (new_id, 1, p_taken_on, p_morning_pain, p_profile, p_advice, p_engine_version, coalesce(p_notes, ''),
            'saved');
    INSERT INTO restwise.save_request (request_id, client_id, consultation_id, version) VALUES (p_request, p_client, new_id, 1);
    PERFORM restwise.audit_row(p_client, 'consultation-add');
    PERFORM restwise.tell('consultation-saved', p_client);
    RETURN QUERY SELECT new_id, 1, false;
END $$;

-- A correction is a new version; the one it was based on stays readable.
CREATE FUNCTION restwise_api.consultation_correct(p_id bigint, p_base_version integer, p_taken_on date,
                                                  p_morning_pain integer, p_profile text, p_advice text,
                                                  p_engine_version text, p_notes text, p_request uuid)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    done restwise.save_request;
    now_version integer;
    of_client bigint;
BEGIN
    SELECT * INTO done FROM restwise.save_request s WHERE s.request_id = p_request;
    IF done.request_id IS NOT NULL THEN
        RETURN done.version;
    END IF;
    UPDATE restwise.consultation
       SET taken_on = p_taken_on, morning_pain = p_morning_pain, profile = p_profile, advice = p_advice,
           engine_version = p_engine_version, notes = coalesce(p_notes, ''), version = version + 1,
           changed_at = now(), changed_by = session_user,
           todays_screen = CASE WHEN profile = p_profile AND advice = p_advice THEN todays_screen END,
           content_hash = restwise.content_hash(p_taken_on, p_profile, p_advice, coalesce(p_notes, ''))
     WHERE id = p_id AND version = p_base_version AND hidden_at IS NULL
     RETURNING version, client_id INTO now_version, of_client;
    IF now_version IS NULL THEN
        SELECT version INTO now_version FROM restwise.consultation WHERE id = p_id AND hidden_at IS NULL;
        PERFORM restwise.refuse_change('consultation', now_version IS NOT NULL, now_version);
    END IF;
    PERFORM restwise.record_version(p_id, 'corrected');
    INSERT INTO restwise.save_request (request_id, client_id, consultation_id, version)
    VALUES (p_request, of_client, p_id, now_version);
    PERFORM restwise.audit_row(of_client, 'consultation-correct');
    PERFORM restwise.tell('consultation-saved', of_client);
    RETURN now_version;
END $$;

-- Deleting hides: the consultation leaves the list and its versions stay readable.
CREATE FUNCTION restwise_api.consultation_hide(p_id bigint, p_base_version integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    now_version integer;
    of_client bigint;
BEGIN
    UPDATE restwise.consultation SET hidden_at = now(), hidden_by = session_user, hidden_why = 'deleted',
                                     version = version + 1
     WHERE id = p_id AND version = p_base_version AND hidden_at IS NULL
     RETURNING version, client_id INTO now_version, of_client;
    IF now_version IS NULL THEN
        SELECT version INTO now_version FROM restwise.consultation WHERE id = p_id AND hidden_at IS NULL;
        PERFORM restwise.refuse_change('consultation', now_version IS NOT NULL, now_version);
    END IF;
    PERFORM restwise.record_version(p_id, 'deleted');
    PERFORM restwise.audit_row(of_client, 'consultation-delete');
    PERFORM restwise.tell('consultation-saved', of_client);
END $$;

-- Every version of a consultation, the first one first, deleted ones included.
CREATE FUNCTION restwise_api.consultation_versions(p_id bigint)
    RETURNS TABLE (version integer, taken_on date, morning_pain integer, profile text, advice text,
                   engine_version text, notes text, saved_at timestamptz, saved_by name, saved_by_name text,
                   change text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('therapist');
    of_client bigint;
BEGIN
    SELECT k.client_id INTO of_client FROM restwise.consultation k WHERE k.id = p_id;
    IF of_client IS NULL THEN
        PERFORM restwise.refuse_change('consultation', false, null);
    END IF;
    PERFORM restwise.audit_row(of_client, 'read-versions');
    RETURN QUERY
    SELECT v.version, v.taken_on, v.morning_pain, v.profile, v.advice, v.engine_version, v.notes, v.saved_at,
           v.saved_by, coalesce(m.display_name, v.saved_by::text), v.change
      FROM restwise.consultation_version v LEFT JOIN restwise.member m ON m.login = v.saved_by
     WHERE v.consultation_id = p_id
     ORDER BY v.version;
END $$;

-- One client of an import, all their consultations in one call (one audit row): into a new
-- client (p_target null) or an existing one. Consultations already there (same date and
-- content) are recognised and skipped, so a second run of the same file adds nothing. With
-- p_replace the client takes the file's name and notes, and their other current consultations
-- are hidden as replaced by the import.
-- p_consultations: [{"date", "morningPain", "profile", "advice", "engineVersion", "notes", "todaysScreen"}, ...]
-- (todaysScreen: the level today's medical screen gives an imported profile whose advice was
-- less pressing; absent otherwise)
CREATE FUNCTION restwise_api.import_client(p_target bigint, p_name text, p_notes text, p_replace boolean,
                                           p_consultations jsonb)
    RETURNS TABLE (client_id bigint, added integer, skipped integer, hidden integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
#variable_conflict use_column
DECLARE
    r text := restwise.require_role('therapist');
    target bigint := p_target;
    k jsonb;
    kept bigint[] := '{}';
    found_id bigint;
    new_id bigint;
    gone_id bigint;
    n_added integer := 0;
    n_skipped integer := 0;
    n_hidden integer := 0;
    h text;
BEGIN
    IF target IS NULL THEN
        INSERT INTO restwise.client (name, notes) VALUES (p_name, coalesce(p_notes, '')) RETURNING client.id INTO target;
        PERFORM restwise.tell('client-added', target);
    ELSIF NOT EXISTS (SELECT 1 FROM restwise.client c WHERE c.id = target AND c.hidden_at IS NULL) THEN
        PERFORM restwise.refuse_change('client', false, null);
    ELSIF p_replace THEN
        UPDATE restwise.client SET name = p_name, notes = coalesce(p_notes, ''), version = version + 1, changed_at = now(),
                                   changed_by = session_user
         WHERE id = target;
    END IF;
    FOR k IN SELECT * FROM jsonb_array_elements(p_consultations) LOOP
        h := restwise.content_hash((k->>'date')::date, k->>'profile', k->>'advice', coalesce(k->>'notes', ''));
        SELECT c.id INTO found_id FROM restwise.consultation c
         WHERE c.client_id = target AND c.hidden_at IS NULL AND c.content_hash = h AND NOT c.id = ANY (kept)
         LIMIT 1;
        IF found_id IS NOT NULL THEN
            kept := kept || found_id;
            n_skipped := n_skipped + 1;
            CONTINUE;
        END IF;
        INSERT INTO restwise.consultation (client_id, taken_on, morning_pain, profile, advice, engine_version, notes,
                                           content_hash, todays_screen)
        VALUES (target, (k->>'date')::date, (k->>'morningPain')::integer, k->>'profile', k->>'advice',
                k->>'engineVersion', coalesce(k->>'notes', ''), h, k->>'todaysScreen')
        RETURNING consultation.id INTO new_id;
        PERFORM restwise.record_version(new_id, 'imported');
        kept := kept || new_id;
        n_added := n_added + 1;
    END LOOP;
    IF p_replace THEN
        FOR gone_id IN UPDATE restwise.consultation c SET hidden_at = now(), hidden_by = session_user,
                                                          hidden_why = 'replaced by an import', version = version + 1
                        WHERE c.client_id = target AND c.hidden_at IS NULL AND NOT c.id = ANY (kept)
                        RETURNING c.id LOOP
            PERFORM restwise.record_version(gone_id, 'replaced by an import');
            n_hidden := n_hidden + 1;
        END LOOP;
    END IF;
    PERFORM restwise.audit_row(target, CASE WHEN p_replace THEN 'import-replace' ELSE 'import' END);
    IF n_added > 0 OR n_hidden > 0 THEN
        PERFORM restwise.tell('consultation-saved', target);
    END IF;
    RETURN QUERY SELECT target, n_added, n_skipped, n_hidden;
END $$;

-- --- the practice: settings, members, audit (admins, and the owner)

CREATE FUNCTION restwise_api.settings_set(p_name text, p_address text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
BEGIN
    INSERT INTO restwise.setting (key, value) VALUES ('practice_name', coalesce(p_name, ''))
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    INSERT INTO restwise.setting (key, value) VALUES ('practice_address', coalesce(p_address, ''))
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    PERFORM restwise.audit_row(null, 'settings');
END $$;

CREATE FUNCTION restwise_api.own_clients_only(p_on boolean)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
BEGIN
    INSERT INTO restwise.setting (key, value) VALUES ('own_clients_only', CASE WHEN p_on THEN 'on' ELSE 'off' END)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    PERFORM restwise.audit_row(null, CASE WHEN p_on THEN 'own-clients-only-on' ELSE 'own-clients-only-off' END);
END $$;

-- Adds a login in one of the practice's group roles. The password arrives as a SCRAM verifier
-- made on the admin's computer, so the password itself never reaches the server or its log.
CREATE FUNCTION restwise_api.user_add(p_login name, p_role text, p_display_name text, p_verifier text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
    known restwise.member;
BEGIN
    IF p_role NOT IN ('therapist', 'reception', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO known FROM restwise.member WHERE login = p_login;
    IF known.login IS NOT NULL AND known.active THEN
        RAISE EXCEPTION 'the login % is already a member', p_login USING ERRCODE = 'RWEX1';
    END IF;
    IF known.login IS NULL THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
            RAISE EXCEPTION 'the login % exists on this server already (for another database?)', p_login
                USING ERRCODE = 'RWEX1';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        INSERT INTO restwise.member (login, role, display_name) VALUES (p_login, p_role, p_display_name);
    ELSE
        -- A member removed earlier comes back, with a new password and maybe another role.
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        UPDATE restwise.member SET role = p_role, display_name = p_display_name, active = true,
                                   added_at = now(), added_by = session_user
         WHERE login = p_login;
    END IF;
    EXECUTE format('GRANT %I TO %I', current_database() || '_' || p_role, p_login);
    PERFORM restwise.audit_row(null, 'user-add:' || p_login);
END $$;

-- Disables a login: it can no longer connect, every function refuses it at once, and its
-- open sessions are ended now.
CREATE FUNCTION restwise_api.user_remove(p_login name)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
    known restwise.member;
    ended integer;
BEGIN
    SELECT * INTO known FROM restwise.member WHERE login = p_login AND active;
    IF known.login IS NULL THEN
        RAISE EXCEPTION '% is not a member of this practice', p_login USING ERRCODE = 'RWNU1';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'a login cannot remove itself' USING ERRCODE = 'RWDN1';
    END IF;
    UPDATE restwise.member SET active = false WHERE login = p_login;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || known.role, p_login);
    -- Ending another login's session needs its privileges: the owner takes them (the login has none).
    EXECUTE format('GRANT %I TO %I', p_login, restwise.owner());
    SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) INTO ended
      FROM pg_stat_activity WHERE usename = p_login AND datname = current_database();
    PERFORM restwise.audit_row(null, 'user-remove:' || p_login);
    RETURN ended;
END $$;

CREATE FUNCTION restwise_api.users()
    RETURNS TABLE (login name, role text, display_name text, active boolean, added_at timestamptz, added_by name)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
BEGIN
    RETURN QUERY SELECT m.login, m.role, m.display_name, m.active, m.added_at, m.added_by
                   FROM restwise.member m ORDER BY m.login;
END $$;

-- Who did what with a client's record, oldest first; every filter optional.
CREATE FUNCTION restwise_api.audit(p_client_name text, p_login name, p_since timestamptz)
    RETURNS TABLE (at timestamptz, login name, workstation text, action text, client_id bigint, client_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, restwise, pg_temp SET row_security = on
    AS $$
DECLARE
    r text := restwise.require_role('admin', 'owner');
BEGIN
    RETURN QUERY
    SELECT a.at, a.login, a.workstation, a.action, a.client_id, c.name
      FROM restwise.audit a LEFT JOIN restwise.client c ON c.id = a.client_id
     WHERE (p_client_name IS NULL OR lower(c.name) = lower(p_client_name))
       AND (p_login IS NULL OR a.login = p_login)
       AND (p_since IS NULL OR a.at >= p_since)
     ORDER BY a.at, a.id;
END $$;
