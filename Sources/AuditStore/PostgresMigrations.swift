/// The numbered migrations of the PostgreSQL history: the SQLite ones, in PostgreSQL's types.
enum PostgresMigrations {
    static let all: [(identifier: String, statements: [String])] = [
        (
            MigrationID.records,
            [
                "CREATE TABLE dossier (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, bytes BYTEA NOT NULL)",
                "CREATE TABLE partner (id TEXT PRIMARY KEY, name TEXT NOT NULL, latest_record_id BIGINT, latest_as_of TEXT)",
                """
                CREATE TABLE record (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    partner_id TEXT REFERENCES partner (id),
                    partner_name TEXT,
                    dossier_sha256 TEXT NOT NULL REFERENCES dossier (sha256),
                    dossier_size BIGINT NOT NULL,
                    file TEXT NOT NULL,
                    programme_id TEXT NOT NULL,
                    programme_sha256 TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    tool_version TEXT NOT NULL,
                    valid BOOLEAN NOT NULL,
                    applied_tier TEXT,
                    qualified_tier TEXT,
                    eligible BOOLEAN NOT NULL,
                    holds_until TEXT,
                    lapsing_requirement TEXT,
                    attachments_json TEXT NOT NULL,
                    report_json TEXT NOT NULL,
                    UNIQUE (dossier_sha256, programme_sha256, as_of))
                """,
                "CREATE INDEX record_by_partner ON record (partner_id, as_of, id)",
            ]
        ),
        (
            MigrationID.lookups,
            [
                "CREATE INDEX record_by_as_of ON record (as_of)",
                "CREATE INDEX partner_by_latest_record ON partner (latest_record_id)",
            ]
        ),
        (
            MigrationID.review,
            [
                "CREATE TABLE manager (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
                """
                CREATE TABLE session (
                    token_sha256 TEXT PRIMARY KEY,
                    manager TEXT NOT NULL REFERENCES manager (name) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL)
                """,
                "CREATE INDEX session_by_manager ON session (manager)",
                "CREATE INDEX session_by_expiry ON session (expires_at)",
                """
                CREATE TABLE application (
                    id TEXT PRIMARY KEY,
                    record_id BIGINT NOT NULL REFERENCES record (id),
                    tier TEXT NOT NULL,
                    receipt_sha256 TEXT NOT NULL,
                    submitted_at TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (\(ReviewSchema.statusCheck)),
                    decided_by TEXT,
                    decided_at TEXT,
                    comment TEXT,
                    CHECK (\(ReviewSchema.decisionCheck)))
                """,
            ] + ReviewSchema.applicationIndexes.map { "CREATE INDEX \($0) ON application (\($1.joined(separator: ", ")))" }
        ),
    ]
}
