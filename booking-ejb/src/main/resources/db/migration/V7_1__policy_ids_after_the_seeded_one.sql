-- EclipseLink takes ids in blocks of 50 ending at the sequence's value, so V7's sequence (first value 50) hands out
-- 1 to 50 first, and the first policy an admin created collided with the seeded Standard policy (id 1). The first
-- block is now 51 to 100.
ALTER SEQUENCE cancellation_policy_seq RESTART WITH 100;
