-- Sessions can be deleted from History and the deletion undone, as pain entries can: a soft delete.
ALTER TABLE session ADD COLUMN deleted_at TEXT NULL;
