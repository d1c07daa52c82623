# The Trends page.

trends-title = Trends
trends-heading = Trends
trends-lead = How your running and your hip have gone, week by week. Each chart says in words what it shows, and “The numbers” under it gives every value.
trends-weeks = Your weeks
trends-weeks-hint = A week's light is the worst of its days (PAIN, SPIKE, WEEK). A new shoe is marked from the week you first ran in it (SHOE-4), so that a change in morning pain can be seen beside it; it is not proof that the shoe caused it.
trends-load = Training load
trends-load-hint = Load is effort (RPE) × minutes for every run and exercise session (LOAD-1). The acute line follows the last week, the chronic line the last four (LOAD-2). They describe your training; they do not predict injury.
