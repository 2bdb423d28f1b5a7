"""The shared core: the database and its schema, the one Filters, formats, NIPs, masking, access scope and audit, serving mode, exports."""
