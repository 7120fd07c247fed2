-- Which start-up step gave an account its sign-in, if one did: the administrator named by BOOKING_ADMIN_EMAIL
-- (ADMIN_SETTING) or the demo data (DEMO_DATA). The start-up promotes only the administrator it created itself, and
-- removes the demo sign-ins, whose password is public, while demo data is off.
ALTER TABLE account ADD COLUMN provisioned_by VARCHAR(20);
ALTER TABLE account ADD CONSTRAINT account_provisioned_by_known
    CHECK (provisioned_by IN ('ADMIN_SETTING', 'DEMO_DATA'));

-- The documented demo sign-ins made before this column existed.
UPDATE account SET provisioned_by = 'DEMO_DATA'
 WHERE email_normalized IN ('admin@demo.buildappswith.com', 'client@demo.buildappswith.com',
                            'ada@demo.buildappswith.com')
   AND password_hash IS NOT NULL;

-- Imports of builders take this row's lock before looking for an email, so that two nodes importing the same file
-- at once (each loading the demo data at start-up) wait for each other instead of inserting the same account twice.
CREATE TABLE import_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO import_lock (name) VALUES ('builders');
