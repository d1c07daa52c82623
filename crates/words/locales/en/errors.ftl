# What a page says when it cannot be the page asked for, and the refusals of the layers in
# front of every page.

errors-back = Back to Today
errors-not-found = Not found
errors-not-visible = There is nothing here for this account. The menu above lists your pages.
errors-no-page = There is no page at { $path }. The menu above lists every page.
errors-read-only = Read-only
errors-cannot-use = That cannot be used
errors-not-paired = This phone is not paired yet
errors-import-busy = An import is running
errors-went-wrong = Something went wrong
errors-went-wrong-text = runwell could not read or write its data. Nothing was changed by this request; the detail is in the terminal where `runwell serve` runs.
errors-too-large = Too large
errors-too-large-text = The upload is larger than runwell accepts at once ({ $detail }). Import the files in smaller batches.
errors-stalled = The upload stalled
errors-stalled-text = The upload stopped arriving ({ $detail }), so nothing of it was imported. Choose the files again and retry.
errors-upload = That upload cannot be read
errors-upload-text = { $detail }. Choose the files again and retry.
errors-sign-in-first = Sign in first: this needs a signed-in account, and this request had none (or its session has ended). Nothing was changed.
errors-around-proxy = runwell is reached through its proxy; this request came around it.
errors-too-slow = runwell stopped waiting for this request, which took too long to arrive. Try again.
errors-cross-site = runwell refused this change because it came from another site. Make changes from runwell's own pages.
errors-wrong-host = runwell answers only at http://{ $host }/ — open that address instead.
