-- Accounts can sign in (imported demo builders may have no password until one is set), and a builder profile
-- starts as an application that an admin approves.

ALTER TABLE account ADD COLUMN password_hash VARCHAR(512);

ALTER TABLE builder_profile ADD COLUMN status VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE builder_profile ADD COLUMN avatar_url VARCHAR(500);
ALTER TABLE builder_profile ADD COLUMN applied_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX builder_profile_status ON builder_profile (status, published);
CREATE INDEX builder_expertise_tag ON builder_expertise (tag);
