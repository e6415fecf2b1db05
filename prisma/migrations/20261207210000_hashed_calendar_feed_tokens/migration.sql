-- Issue 16 finding 4: calendar feed tokens are stored as their SHA-256 (hex), no longer in plain text.
-- Existing tokens are hashed in place, so every subscribed calendar keeps working: the feed lookup
-- hashes the token it is sent and finds the same row (tests/integration/calendarFeeds.test.ts).
ALTER TABLE "User" RENAME COLUMN "calendarFeedToken" TO "calendarFeedTokenHash";
ALTER INDEX "User_calendarFeedToken_key" RENAME TO "User_calendarFeedTokenHash_key";
UPDATE "User" SET "calendarFeedTokenHash" = encode(sha256(convert_to("calendarFeedTokenHash", 'UTF8')), 'hex') WHERE "calendarFeedTokenHash" IS NOT NULL;
