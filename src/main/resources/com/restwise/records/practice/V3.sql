-- Schema 3: the figures a client's page shows of each consultation, kept beside the documents,
-- so the list, the trend and the charts (and a live update from another room) read a few small
-- columns instead of every consultation's answers and advice; and today's screen of an imported
-- consultation whose advice was less pressing than today's medical screen.

ALTER TABLE restwise.consultation
    ADD COLUMN sleep_quality      integer,
    ADD COLUMN stiffness_minutes  integer,
    ADD COLUMN firmness_target    double precision,
    ADD COLUMN medical_level      text,
    ADD COLUMN medical_unanswered boolean NOT NULL DEFAULT false,
    ADD COLUMN todays_screen      text;

ALTER TABLE restwise.consultation_version ADD COLUMN todays_screen text;

-- The figures come from the documents as the engine wrote them, whoever writes the row.
CREATE FUNCTION restwise.consultation_figures() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    p jsonb := NEW.profile::jsonb;
    a jsonb := NEW.advice::jsonb;
BEGIN
    NEW.sleep_quality := (p #>> '{symptoms,sleepQuality}')::integer;
    NEW.stiffness_minutes := (p #>> '{symptoms,morningStiffnessMinutes}')::integer;
    NEW.firmness_target := (a #>> '{firmness,target}')::double precision;
    NEW.medical_level := a #>> '{medical,level}';
    NEW.medical_unanswered := coalesce(jsonb_typeof(a #> '{medical,notAnswered}') = 'object', false);
    RETURN NEW;
END $$;
CREATE TRIGGER consultation_figures BEFORE INSERT OR UPDATE OF profile, advice ON restwise.consultation
    FOR EACH ROW EXECUTE FUNCTION restwise.consultation_figures();

UPDATE restwise.consultation SET profile = profile;
