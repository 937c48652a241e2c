CREATE UNIQUE INDEX passport_event_chain ON passport_event (passport_id, chain_seq)
