-- The one self-signed certificate the user chose to trust for a server (hex SHA-256). NULL: the system's CAs
-- decide. Set only by an explicit choice at sign-in; afterwards only that certificate is accepted.
ALTER TABLE servers ADD COLUMN trusted_certificate_sha256 TEXT;
