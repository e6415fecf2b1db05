-- Notifications (issue 15): a member's mail preferences, and the hashed secrets of one-click unsubscribe links.
CREATE TABLE "NotificationPreference" (
    "personId" UUID NOT NULL,
    "disabledKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "eveningReminderTime" TEXT NOT NULL DEFAULT '19:00',
    "daysBefore" INTEGER NOT NULL DEFAULT 7,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("personId")
);

CREATE TABLE "UnsubscribeToken" (
    "tokenHash" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnsubscribeToken_pkey" PRIMARY KEY ("tokenHash")
);

CREATE INDEX "UnsubscribeToken_personId_idx" ON "UnsubscribeToken"("personId");

ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnsubscribeToken" ADD CONSTRAINT "UnsubscribeToken_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
