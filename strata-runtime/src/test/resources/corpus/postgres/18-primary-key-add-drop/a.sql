CREATE TABLE page_views (
    path       text NOT NULL,
    viewed_at  timestamptz NOT NULL,
    visitor    uuid
);

CREATE TABLE tmp_sessions (
    token      text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
