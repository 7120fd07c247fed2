-- PostgreSQL only. What anonymous visitors read (the directory, a builder's page, a builder's free slots) is kept by
-- every node as rendered answers, each under the version it was made at (PublicAnswers). These counters are those
-- versions: the database raises them in the same transaction as every change of what the answers show, whichever
-- code (pages, API, jobs, an import, a hand-written statement) makes the change, so every node sees it at its next
-- request. Row 0 is the directory as a whole; row n is builder n: "pages" for their page, "slots" for their slots.
-- The triggers are deferred to the commit: a transaction takes a counter's row lock last, after all its other rows,
-- so waiting for a counter never closes a circle of locks. A row is made by the first change; none reads as 0.
CREATE TABLE public_answer_version (
    builder_id BIGINT PRIMARY KEY,
    pages      BIGINT NOT NULL,
    slots      BIGINT NOT NULL
);

CREATE FUNCTION raise_public_answer_version(builder BIGINT, pages_too BOOLEAN) RETURNS VOID
    LANGUAGE sql AS
$$
INSERT INTO public_answer_version AS v (builder_id, pages, slots)
VALUES (builder, CASE WHEN pages_too THEN 1 ELSE 0 END, 1)
ON CONFLICT (builder_id) DO UPDATE SET pages = v.pages + CASE WHEN pages_too THEN 1 ELSE 0 END, slots = v.slots + 1
$$;

-- A row that belongs to one builder, whose id is in the column TG_ARGV[2]: the profile itself (headline, zone,
-- published, approved, its hours through its version), expertise tags, session types, hours and exceptions (slots
-- only), bookings (slots only). TG_ARGV[0] says whether the builder's page shows it, TG_ARGV[1] whether the directory
-- does.
CREATE FUNCTION public_answers_of_builder_row_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    pages_too BOOLEAN := TG_ARGV[0]::BOOLEAN;
BEGIN
    IF TG_ARGV[1]::BOOLEAN THEN
        PERFORM raise_public_answer_version(0, true);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM raise_public_answer_version((to_jsonb(OLD) ->> TG_ARGV[2])::BIGINT, pages_too);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM raise_public_answer_version((to_jsonb(NEW) ->> TG_ARGV[2])::BIGINT, pages_too);
    END IF;
    RETURN NULL;
END
$$;

-- An account's name and whether it is active show on its builder's page, slots and in the directory; a client's
-- account (no profile) changes nothing public.
CREATE FUNCTION public_answers_of_account_changed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    builder BIGINT;
BEGIN
    SELECT id INTO builder FROM builder_profile WHERE account_id = OLD.id;
    IF FOUND THEN
        PERFORM raise_public_answer_version(0, true);
        PERFORM raise_public_answer_version(builder, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER public_answers_profile AFTER INSERT OR UPDATE OR DELETE ON builder_profile
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(true, true, 'id');
CREATE CONSTRAINT TRIGGER public_answers_account AFTER UPDATE OR DELETE ON account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_account_changed();
CREATE CONSTRAINT TRIGGER public_answers_expertise AFTER INSERT OR UPDATE OR DELETE ON builder_expertise
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(true, true, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_session_type AFTER INSERT OR UPDATE OR DELETE ON session_type
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(true, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_weekly_hours AFTER INSERT OR UPDATE OR DELETE ON weekly_availability
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_exception AFTER INSERT OR UPDATE OR DELETE ON availability_exception
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
CREATE CONSTRAINT TRIGGER public_answers_booking AFTER INSERT OR UPDATE OR DELETE ON booking
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION public_answers_of_builder_row_changed(false, false, 'builder_id');
