// about: the events from country a to country b (optionally one CAMEO root), each with every sentence that tells it and its article
// param a string
// param b string
// param root string ""
// param limit int 50
MATCH (s:Actor)-[e:EVENT]->(t:Actor)
WHERE s.country = $a AND t.country = $b AND ($root = '' OR e.root = $root)
OPTIONAL MATCH (v:Evidence) WHERE v.event_id = e.id
WITH s, e, t, v, coalesce(v.doc_id, e.doc_id) AS doc
MATCH (d:Article {id: doc})
RETURN e.date AS date, s.code AS source, coalesce(v.cameo, e.cameo) AS cameo, t.code AS target, e.mood AS mood,
       e.negated AS negated, coalesce(v.sentence, e.sentence) AS sentence, d.title AS article, e.id AS event,
       e.mentions AS mentions, coalesce(v.id, e.id) AS mention
ORDER BY date, event, mention
LIMIT $limit
