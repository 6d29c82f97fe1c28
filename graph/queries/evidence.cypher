// about: the events from country a to country b (optionally one CAMEO root), each with its sentence and article
// param a string
// param b string
// param root string ""
// param limit int 50
MATCH (s:Actor)-[e:EVENT]->(t:Actor)
WHERE s.country = $a AND t.country = $b AND ($root = '' OR e.root = $root)
MATCH (d:Article {id: e.doc_id})
RETURN e.date AS date, s.code AS source, e.cameo AS cameo, t.code AS target, e.mood AS mood,
       e.negated AS negated, e.sentence AS sentence, d.title AS article, e.id AS event
ORDER BY date, event
LIMIT $limit
