import type Database from 'better-sqlite3';

/**
 * The first schema. Every table is STRICT and carries created_at/updated_at (ISO-8601 UTC text);
 * what a rep can delete is archived (archived_at) instead, so history and track records survive.
 * Lists of short strings (tags, industries, roles) are JSON arrays; the FTS5 tables index them as
 * text and are external-content tables kept in sync by triggers.
 */
export function migration001Initial(db: Database.Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE prospects (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      company TEXT NOT NULL DEFAULT '',
      industry TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      timezone TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
      notes TEXT NOT NULL DEFAULT '',
      last_contact_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX prospects_active_by_name ON prospects (name COLLATE NOCASE, id) WHERE archived_at IS NULL;
    CREATE INDEX prospects_active_by_company ON prospects (company COLLATE NOCASE, id) WHERE archived_at IS NULL;
    CREATE INDEX prospects_active_by_updated ON prospects (updated_at DESC, id) WHERE archived_at IS NULL;
    CREATE INDEX prospects_active_by_contact ON prospects (last_contact_at DESC, id) WHERE archived_at IS NULL;
    CREATE INDEX prospects_archived ON prospects (archived_at) WHERE archived_at IS NOT NULL;

    CREATE TABLE insights (
      id INTEGER PRIMARY KEY,
      headline TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      evidence TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      source_url TEXT NOT NULL DEFAULT '',
      is_public INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
      industries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(industries) AND json_type(industries) = 'array'),
      roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles) AND json_type(roles) = 'array'),
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX insights_active_by_updated ON insights (updated_at DESC, id) WHERE archived_at IS NULL;

    CREATE TABLE briefings (
      id INTEGER PRIMARY KEY,
      prospect_id INTEGER REFERENCES prospects (id),
      is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
      title TEXT NOT NULL,
      questions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions) AND json_type(questions) = 'array'),
      length_minutes INTEGER CHECK (length_minutes IS NULL OR length_minutes BETWEEN 5 AND 240),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX briefings_by_prospect ON briefings (prospect_id);

    CREATE TABLE briefing_items (
      id INTEGER PRIMARY KEY,
      briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      insight_id INTEGER NOT NULL REFERENCES insights (id),
      talking_points TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX briefing_items_in_order ON briefing_items (briefing_id, position);
    CREATE INDEX briefing_items_by_insight ON briefing_items (insight_id);

    CREATE TABLE call_plans (
      id INTEGER PRIMARY KEY,
      prospect_id INTEGER NOT NULL REFERENCES prospects (id),
      briefing_id INTEGER REFERENCES briefings (id),
      objective TEXT NOT NULL DEFAULT '',
      opener TEXT NOT NULL DEFAULT '',
      email_subject TEXT NOT NULL DEFAULT '',
      email_body TEXT NOT NULL DEFAULT '',
      objections TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(objections) AND json_type(objections) = 'array'),
      meeting_slots TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(meeting_slots) AND json_type(meeting_slots) = 'array'),
      transactional INTEGER NOT NULL DEFAULT 0 CHECK (transactional IN (0, 1)),
      check_result TEXT CHECK (check_result IS NULL OR json_valid(check_result)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX call_plans_by_prospect ON call_plans (prospect_id, updated_at DESC);

    CREATE TABLE call_plan_insights (
      plan_id INTEGER NOT NULL REFERENCES call_plans (id) ON DELETE CASCADE,
      insight_id INTEGER NOT NULL REFERENCES insights (id),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, insight_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX call_plan_insights_by_insight ON call_plan_insights (insight_id);

    CREATE TABLE calls (
      id INTEGER PRIMARY KEY,
      prospect_id INTEGER NOT NULL REFERENCES prospects (id),
      plan_id INTEGER REFERENCES call_plans (id),
      started_at TEXT NOT NULL,
      ended_at TEXT,
      opener TEXT NOT NULL DEFAULT '',
      check_result TEXT CHECK (check_result IS NULL OR json_valid(check_result)),
      verdict TEXT CHECK (verdict IS NULL OR verdict IN ('ready', 'needs_work', 'blocked')),
      score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
      override_reason TEXT,
      outcome TEXT CHECK (outcome IS NULL OR outcome IN ('meeting_booked', 'callback', 'not_interested', 'voicemail', 'gatekeeper', 'no_answer', 'wrong_person')),
      next_step TEXT NOT NULL DEFAULT '',
      follow_up_on TEXT,
      logged_after INTEGER NOT NULL DEFAULT 0 CHECK (logged_after IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX calls_by_prospect ON calls (prospect_id, started_at DESC);
    CREATE INDEX calls_by_started ON calls (started_at DESC, id);
    CREATE INDEX calls_by_plan ON calls (plan_id);

    -- The insights a call actually used, frozen at dial time: the track record counts these.
    CREATE TABLE call_insights (
      call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      insight_id INTEGER NOT NULL REFERENCES insights (id),
      PRIMARY KEY (call_id, insight_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX call_insights_by_insight ON call_insights (insight_id, call_id);

    CREATE TABLE call_notes (
      id INTEGER PRIMARY KEY,
      call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      offset_ms INTEGER NOT NULL CHECK (offset_ms >= 0),
      body TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;
    CREATE INDEX call_notes_by_call ON call_notes (call_id, offset_ms, id);

    -- A call's newest contact date lives on the prospect so that sorting 100k prospects by it
    -- stays an index walk.
    CREATE TRIGGER calls_touch_prospect AFTER INSERT ON calls BEGIN
      UPDATE prospects SET last_contact_at = NEW.started_at
      WHERE id = NEW.prospect_id AND (last_contact_at IS NULL OR last_contact_at < NEW.started_at);
    END;

    CREATE VIRTUAL TABLE prospects_fts USING fts5 (
      name, title, company, industry, tags, notes,
      content = 'prospects', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER prospects_fts_insert AFTER INSERT ON prospects BEGIN
      INSERT INTO prospects_fts (rowid, name, title, company, industry, tags, notes)
      VALUES (NEW.id, NEW.name, NEW.title, NEW.company, NEW.industry, NEW.tags, NEW.notes);
    END;
    CREATE TRIGGER prospects_fts_delete AFTER DELETE ON prospects BEGIN
      INSERT INTO prospects_fts (prospects_fts, rowid, name, title, company, industry, tags, notes)
      VALUES ('delete', OLD.id, OLD.name, OLD.title, OLD.company, OLD.industry, OLD.tags, OLD.notes);
    END;
    CREATE TRIGGER prospects_fts_update AFTER UPDATE OF name, title, company, industry, tags, notes ON prospects BEGIN
      INSERT INTO prospects_fts (prospects_fts, rowid, name, title, company, industry, tags, notes)
      VALUES ('delete', OLD.id, OLD.name, OLD.title, OLD.company, OLD.industry, OLD.tags, OLD.notes);
      INSERT INTO prospects_fts (rowid, name, title, company, industry, tags, notes)
      VALUES (NEW.id, NEW.name, NEW.title, NEW.company, NEW.industry, NEW.tags, NEW.notes);
    END;

    CREATE VIRTUAL TABLE insights_fts USING fts5 (
      headline, detail, evidence, source, industries, roles, tags,
      content = 'insights', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER insights_fts_insert AFTER INSERT ON insights BEGIN
      INSERT INTO insights_fts (rowid, headline, detail, evidence, source, industries, roles, tags)
      VALUES (NEW.id, NEW.headline, NEW.detail, NEW.evidence, NEW.source, NEW.industries, NEW.roles, NEW.tags);
    END;
    CREATE TRIGGER insights_fts_delete AFTER DELETE ON insights BEGIN
      INSERT INTO insights_fts (insights_fts, rowid, headline, detail, evidence, source, industries, roles, tags)
      VALUES ('delete', OLD.id, OLD.headline, OLD.detail, OLD.evidence, OLD.source, OLD.industries, OLD.roles, OLD.tags);
    END;
    CREATE TRIGGER insights_fts_update AFTER UPDATE OF headline, detail, evidence, source, industries, roles, tags ON insights BEGIN
      INSERT INTO insights_fts (insights_fts, rowid, headline, detail, evidence, source, industries, roles, tags)
      VALUES ('delete', OLD.id, OLD.headline, OLD.detail, OLD.evidence, OLD.source, OLD.industries, OLD.roles, OLD.tags);
      INSERT INTO insights_fts (rowid, headline, detail, evidence, source, industries, roles, tags)
      VALUES (NEW.id, NEW.headline, NEW.detail, NEW.evidence, NEW.source, NEW.industries, NEW.roles, NEW.tags);
    END;

    CREATE VIRTUAL TABLE call_notes_fts USING fts5 (
      body,
      content = 'call_notes', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER call_notes_fts_insert AFTER INSERT ON call_notes BEGIN
      INSERT INTO call_notes_fts (rowid, body) VALUES (NEW.id, NEW.body);
    END;
    CREATE TRIGGER call_notes_fts_delete AFTER DELETE ON call_notes BEGIN
      INSERT INTO call_notes_fts (call_notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
    END;
    CREATE TRIGGER call_notes_fts_update AFTER UPDATE OF body ON call_notes BEGIN
      INSERT INTO call_notes_fts (call_notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
      INSERT INTO call_notes_fts (rowid, body) VALUES (NEW.id, NEW.body);
    END;
  `);
}
