-- PostgreSQL only. V10_1 raised a builder's version in a deferred trigger per changed row, so a transaction took the
-- versions' row locks in the order it had changed the rows: two transactions changing rows of the same two builders
-- in opposite orders (an import of builders beside the deadlines job, or two admins' bulk edits) deadlocked at their
-- commits, and PostgreSQL aborted one. Now each changed row only notes its builder (and whether their page shows
-- it) in a setting local to the transaction, and at the commit the first deferred trigger raises every noted
-- version in one statement, in the order of the builders' ids (the directory, row 0, first): every transaction takes
-- these locks in one order, and a builder's version rises once a transaction however many of their rows it changed.
-- A setting rather than a table: it costs no catalog work a transaction, and a rollback to a savepoint takes back
-- what was noted after it, as it takes back the rows.

-- The note reads ",12:s,15:p,": a builder already noted alike is not appended again, so a statement changing
-- thousands of rows of a few builders keeps it a few entries long.
CREATE FUNCTION note_public_answer_change(builder BIGINT, pages_too BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql AS
$$
DECLARE
    noted TEXT := coalesce(nullif(current_setting('booking.public_answers_changed', true), ''), ',');
    entry TEXT := builder || CASE WHEN pages_too THEN ':p,' ELSE ':s,' END;
BEGIN
    IF strpos(noted, ',' || entry) = 0 THEN
        PERFORM set_config('booking.public_answers_changed', noted || entry, true);
    END IF;
END
$$;

CREATE FUNCTION raise_noted_public_answer_versions() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    noted TEXT := btrim(coalesce(current_setting('booking.public_answers_changed', true), ''), ',');
BEGIN
    IF noted = '' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('booking.public_answers_changed', '', true);
    INSERT INTO public_answer_version AS v (builder_id, pages, slots)
    SELECT changed.builder, CASE WHEN changed.pages_too THEN 1 ELSE 0 END, 1
    FROM (SELECT split_part(entry, ':', 1)::BIGINT AS builder, bool_or(split_part(entry, ':', 2) = 'p') AS pages_too
          FROM unnest(string_to_array(noted, ',')) AS entry
          GROUP BY 1) changed
    ORDER BY changed.builder
    ON CONFLICT (builder_id) DO UPDATE SET pages = v.pages + excluded.pages, slots = v.slots + 1;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION public_answers_of_builder_row_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    pages_too BOOLEAN := TG_ARGV[0]::BOOLEAN;
BEGIN
    IF TG_ARGV[1]::BOOLEAN THEN
        PERFORM note_public_answer_change(0, true);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM note_public_answer_change((to_jsonb(OLD) ->> TG_ARGV[2])::BIGINT, pages_too);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM note_public_answer_change((to_jsonb(NEW) ->> TG_ARGV[2])::BIGINT, pages_too);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION public_answers_of_account_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    builder BIGINT;
BEGIN
    SELECT id INTO builder FROM builder_profile WHERE account_id = OLD.id;
    IF FOUND THEN
        PERFORM note_public_answer_change(0, true);
        PERFORM note_public_answer_change(builder, true);
    END IF;
    RETURN NULL;
END
$$;

DROP FUNCTION raise_public_answer_version(BIGINT, BOOLEAN);

-- Each table: the row trigger notes at once (AFTER, so only rows really written), the deferred one raises at the
-- commit.
DROP TRIGGER public_answers_profile ON builder_profile;
CREATE TRIGGER public_answers_profile AFTER INSERT OR UPDATE OR DELETE ON builder_profile
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(true, true, 'id');
CREATE CONSTRAINT TRIGGER public_answers_profile_raised AFTER INSERT OR UPDATE OR DELETE ON builder_profile
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_account ON account;
CREATE TRIGGER public_answers_account AFTER UPDATE OR DELETE ON account
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_account_changed();
CREATE CONSTRAINT TRIGGER public_answers_account_raised AFTER UPDATE OR DELETE ON account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_expertise ON builder_expertise;
CREATE TRIGGER public_answers_expertise AFTER INSERT OR UPDATE OR DELETE ON builder_expertise
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(true, true, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_expertise_raised AFTER INSERT OR UPDATE OR DELETE ON builder_expertise
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_session_type ON session_type;
CREATE TRIGGER public_answers_session_type AFTER INSERT OR UPDATE OR DELETE ON session_type
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(true, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_session_type_raised AFTER INSERT OR UPDATE OR DELETE ON session_type
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_weekly_hours ON weekly_availability;
CREATE TRIGGER public_answers_weekly_hours AFTER INSERT OR UPDATE OR DELETE ON weekly_availability
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_weekly_hours_raised AFTER INSERT OR UPDATE OR DELETE ON weekly_availability
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_exception ON availability_exception;
CREATE TRIGGER public_answers_exception AFTER INSERT OR UPDATE OR DELETE ON availability_exception
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_exception_raised AFTER INSERT OR UPDATE OR DELETE ON availability_exception
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();

DROP TRIGGER public_answers_booking ON booking;
CREATE TRIGGER public_answers_booking AFTER INSERT OR UPDATE OR DELETE ON booking
    FOR EACH ROW EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_booking_raised AFTER INSERT OR UPDATE OR DELETE ON booking
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_noted_public_answer_versions();
