// The extractors live here: Article → [Event]. See ../shared/DESIGN.md.
