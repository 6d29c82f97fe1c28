// about: the dyads of countries with the most cooperation (highest Goldstein sum), counted events only
// param limit int 10
MATCH (s:Actor)-[e:EVENT]->(t:Actor)
WHERE e.counts AND e.quad_class <= 2 AND s.country <> t.country AND t.code <> '---'
RETURN s.country AS source, t.country AS target, count(e) AS events, sum(e.goldstein) AS goldstein
ORDER BY goldstein DESC, events DESC, source, target
LIMIT $limit
