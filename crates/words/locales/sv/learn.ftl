# Läs mer-sidans egna rubriker; ämnena, frågorna och utrustningen kommer från innehållet.

learn-heading = Läs mer
learn-on-this-page = På den här sidan
learn-faq = Frågor som löpare ställer
learn-sources = Källor
learn-gear = Stödjande utrustning
learn-sources-label = Källor:
learn-article-sources = Källartikelns källor
learn-evidence-sources = Forskningen bakom runwells regler
learn-rules = Regler: { $rules }
learn-gear-text = Källartikeln visar de här två produkterna. runwell säljer inget och tjänar inget på dem: de finns med så att artikeln finns här i sin helhet, inte som ett råd att köpa dem.
learn-price = Pris:
