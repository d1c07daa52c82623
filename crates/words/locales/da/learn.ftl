# Læs mere-sidens egne overskrifter; emnerne, spørgsmålene og udstyret kommer fra indholdet.

learn-heading = Læs mere
learn-on-this-page = På denne side
learn-faq = Spørgsmål, løbere stiller
learn-sources = Kilder
learn-gear = Støttende udstyr
learn-sources-label = Kilder:
learn-article-sources = Kildeartiklens kilder
learn-evidence-sources = Forskningen bag runwells regler
learn-rules = Regler: { $rules }
learn-gear-text = Kildeartiklen viser disse to produkter. runwell sælger intet og tjener intet på dem: de står her, så artiklen er med i sin helhed, ikke som et råd om at købe dem.
learn-price = Pris:
