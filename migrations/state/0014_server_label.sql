-- The name the user gave a server for the sidebar (Rename…); empty or NULL: the server's own name.
ALTER TABLE servers ADD COLUMN label TEXT;
