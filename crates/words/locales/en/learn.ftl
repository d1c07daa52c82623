# The learn page's own headings; the topics, FAQ and gear come from the content.

learn-heading = Learn
learn-on-this-page = On this page
learn-faq = Questions runners ask
learn-sources = Sources
learn-gear = Supportive gear
learn-sources-label = Sources:
learn-article-sources = The source article's sources
learn-evidence-sources = Evidence behind runwell's rules
learn-rules = Rules: { $rules }
learn-gear-text = The source article shows these two products. runwell sells nothing and earns nothing from them: they are listed so that the article is here in full, not as advice to buy.
learn-price = Price:
