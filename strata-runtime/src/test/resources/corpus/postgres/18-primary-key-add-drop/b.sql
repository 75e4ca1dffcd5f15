CREATE TABLE page_views (
    id         bigint GENERATED ALWAYS AS IDENTITY,
    path       text NOT NULL,
    viewed_at  timestamptz NOT NULL,
    visitor    uuid,
    CONSTRAINT page_views_pk PRIMARY KEY (id)
);

CREATE TABLE tmp_sessions (
    token      text NOT NULL,
    expires_at timestamptz NOT NULL
);
