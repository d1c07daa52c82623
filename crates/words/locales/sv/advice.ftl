# Dagens råd: varje skäl med löparens egna siffror, skrivna på svenska av runwell-words.
# Regel-id:n står oförändrade på alla språk.

count-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}

pain-when-during = under din löprunda { $day }
pain-when-after = efter din löprunda { $day }
pain-when-session = under ditt träningspass { $day }
pain-session-note = { $session ->
    [yes] { " " }Ett träningspass räknas också som aktivitet (DATA-7).
   *[other] {""}
}
advice-pain-green = Smärtan { $when } var { $score }: i den gröna zonen ({ $green } för grönt).{ pain-session-note }
advice-pain-amber = Smärtan { $when } var { $score }: inom smärtmodellens 5/10, men över grönt ({ $green }). Överväg att upprepa samma belastning i stället för att öka den.{ pain-session-note }
advice-pain-red = Smärtan { $when } var { $score }, över de { $amber_max } som smärtmodellen tillåter. Överväg att gå tillbaka till den senaste belastningen som höll sig grön och att hålla dig till övningar som inte gör ont.{ pain-session-note }

pain-usual-default = en normal morgonnivå på { $usual } ({ $default } så länge runwell känner till färre än { $count } morgnar, aldrig över den högsta av dem)
pain-usual = din normala morgonnivå på { $usual }

advice-morning-settled = Smärtan hade lagt sig morgonen efter din löprunda { $day } ({ $score } { $on }, på eller under { $usual }).
advice-morning-not-settled = Höften hade inte lugnat sig morgonen efter din löprunda { $day }: { $score } { $on } mot { $usual }. Överväg att gå tillbaka till den senaste belastningen där smärtan hade lagt sig till nästa morgon.
advice-morning-not-known = Ingen morgonsmärta är loggad för de { $count } dagarna efter din löprunda { $day } ({ $default }), så runwell kan inte se om höften lugnade sig. Tills dess räknas rundan som okänd smärta: som bäst gul.
advice-morning-above = På morgonen { $on } låg höften på { $score }, över { $usual }, efter din löprunda { $day }. En morgon över din normala nivå efter en löprunda räknas som att höften inte har lugnat sig.
advice-pain-unknown-distance = Ingen smärta är loggad under eller efter din löprunda { $day } ({ $distance }). Tills den är det är smärtan för den rundan okänd: som bäst gul, ingen progression, och rundan kan inte räknas som en belastning som höll sig grön.
advice-pain-unknown = Ingen smärta är loggad under eller efter din löprunda { $day }. Tills den är det är smärtan för den rundan okänd: som bäst gul, ingen progression, och rundan kan inte räknas som en belastning som höll sig grön.
advice-nothing-logged = Din dagbok har ännu ingen löprunda, ingen smärta under eller efter aktivitet och inget träningspass med smärta, så runwell kan inte bedöma din höft utifrån den: smärtan är okänd, som bäst gul.
advice-older-unknown = { $count ->
    [one] { $count } tidigare aktivitetsdag sedan din senaste fullt bedömda löprunda saknar smärta eller låg över grönt; den kan inte räknas som grön.
   *[other] { $count } tidigare aktivitetsdagar sedan din senaste fullt bedömda löprunda saknar smärta eller låg över grönt; ingen av dem kan räknas som grön.
}
advice-red-morning = På morgonen { $day } låg höften på { $score }, över { $usual }: inte lugn, oavsett om en löprunda kom före.
advice-pain-rising = Morgonsmärtan ökar vecka för vecka: ett medel på { $week } de senaste 7 dagarna mot { $previous } veckan innan ({ $default } räknas som en ökning). Smärtan ska inte byggas upp från vecka till vecka; överväg att dra ner på löpbelastningen.
pain-rise-of = en ökning med { $points } poäng

advice-data3-returning = Dina morgnar från { $first } till { $last } var lugna efter den röda dagen { $red_day }, och ingen ny löprunda har bedömts sedan dess: Idag är gul. Överväg att börja om vid den senaste belastningen som höll sig grön, och inte längre.
advice-data3-red = Höften var röd { $red_day }, och rött gäller tills en senare löprunda bedöms som grön eller gul med en lugn morgon efteråt; vilodagar ensamma gör den aldrig grön. { $count ->
    [one] { $count } lugn morgon
   *[other] { $count } lugna morgnar
} i rad utan ny löprunda ({ $default }) gör Idag gul: loggar du morgonsmärtan kan runwell se dem.

advice-night-pain = Din dagbok visar smärta på { $score } eller mer på natten under { $nights } av de senaste { $count } nätterna (senast { $day }; { $default }). Smärta på natten är ett tecken som ska kontrolleras (TRIAGE-2), så Idag stannar som bäst på gult tills de nätterna har passerat.
advice-first-visit = Inget är loggat än, så runwell kan inte bedöma idag. Logga din senaste löprunda med smärtan under eller efter den, och berätta för runwell om din längsta runda den senaste månaden (`runwell init --recent-longest-km K` eller sidan för första start); sedan kan den svara.
advice-no-basis = runwell har ingen löprunda från de { $count } dagarna före idag och ingen nylig längsta runda från dig, så den har inget underlag för en distans: som bäst gul. Berätta för runwell om din längsta runda den senaste månaden (`runwell init --recent-longest-km K` eller sidan för första start).
advice-run-no-basis = Din löprunda { $day } ({ $distance }) hade inget att jämföras med: ingen löprunda under de { $count } dagarna före och ingen nylig längsta runda från dig, så SPIKE-1 kunde inte bedöma den. Som bäst gul tills det går: berätta för runwell om din längsta runda den senaste månaden.

ask-night = Du loggade höftsmärta på { $score } på natten { $day }. Smärta på natten eller i vila är ett tecken som kontrollen frågar om (TRIAGE-2): svara gärna på den här frågan först.
ask-morning-pain = Hur kändes höften morgonen efter din löprunda { $run_day }? Logga morgonsmärtan ({ $day }).
ask-run-pain = Hur ont gjorde din löprunda { $run_day }? Logga smärtan efteråt.
ask-recent-longest = Vilken var din längsta enskilda runda den senaste månaden? runwell jämför varje runda med den tills den har 30 dagar av dina löprundor.
ask-log-run = Logga din senaste löprunda och smärtan under eller efter den.

advice-load-rising = Din belastning ökar snabbt: den senaste veckans belastning är { $ratio } gånger din nivå över längre tid. Det är en trend att hålla koll på, inte en förutsägelse om skador; överväg att hålla belastningen jämn tills vidare.
advice-spike-after-break = Din löprunda { $day } ({ $run }) var din första på mer än { $count } dagar. Efter ett uppehåll är varje runda ett hopp jämfört med vad kroppen är van vid; överväg att börja om med korta, lugna rundor och bygga upp gradvis.
advice-spike-green = Din löprunda { $day } ({ $run }) höll sig inom 10 % av din längsta runda under de 30 dagarna före ({ $longest }).
advice-spike-amber = Din löprunda { $day } ({ $run }) var { $rise } jämfört med din längsta runda under de 30 dagarna före ({ $longest }). Hopp på 10–30 % för en enskild runda hängde ihop med fler löparskador (hazard ratio 1,64); överväg att stanna på den här distansen i stället för att gå längre.
advice-spike-double = Din löprunda { $day } ({ $run }) var { $rise } jämfört med din längsta runda under de 30 dagarna före ({ $longest }): mer än det dubbla. Så stora hopp hängde ihop med den högsta skadefrekvensen (hazard ratio 2,28); överväg att dra ner och bygga upp igen gradvis.
advice-spike-red = Din löprunda { $day } ({ $run }) var { $rise } jämfört med din längsta runda under de 30 dagarna före ({ $longest }). Hopp på mer än 30 % hängde ihop med fler löparskador (hazard ratio 1,52); överväg kortare rundor tills vidare.
advice-week-amber = Du sprang { $this_week } de senaste 7 dagarna, { $change } jämfört med de 7 dagarna innan ({ $previous }). Ökningar på mer än { $limit } % per vecka hängde ihop med fler distansrelaterade skador, även i höften (hazard ratio 1,59); överväg att hålla den här veckans distans.
advice-week-green = Veckodistans { $change } ({ $this_week } de senaste 7 dagarna, { $previous } veckan innan).

cap-last-green = den senaste belastningen som höll sig grön ({ $distance }, { $day })
cap-declared-longest = den längsta runda den senaste månaden som du har angett ({ $distance })
cap-no-basis = den senaste belastningen som höll sig grön
cap-no-basis-today = Ingen löprunda under de { $count } dagarna före idag och ingen nylig längsta runda från dig, så runwell föreslår ingen distans idag: utan underlag kan den inte avgöra vad som vore ett hopp för dig.
cap-green = Dagens föreslagna längsta runda är { $cap }: 10 % över din längsta runda under de { $count } dagarna före idag ({ $longest }).
cap-returning = Dagens föreslagna längsta runda är { $cap }: { $basis }. Gå tillbaka dit innan du bygger upp.
cap-amber = Dagens föreslagna längsta runda är { $cap }: håll nivån i stället för att öka, och inte längre än { $basis }.
cap-red = Dagens föreslagna längsta runda är { $cap }: en röd dag är runwells standard att gå tillbaka till { $basis }. Överväg också ett lugnare tempo.
cap-red-none = Ingen löprunda under de 30 dagarna innan ditt ljus slog om höll sig grön på smärta och på SPIKE-1, så runwell föreslår ingen distans: överväg att pausa löpningen tills smärtan har lagt sig, och håll dig till övningar som inte gör ont.
cap-amber-none = Ingen löprunda under de 30 dagarna innan ditt ljus slog om höll sig grön på smärta och på SPIKE-1, så runwell föreslår ingen distans. Loggar du smärtan under eller efter varje runda och nästa morgon kan en runda räknas som grön.
cap-suggested = Längsta runda som föreslås idag: { $distance } ({ $rule }).
cap-none = Ingen distans föreslås idag ({ $rule }).

shoe-own-setting = din egen inställning för det här paret
shoe-default = runwells standardvärde
advice-shoe-inspect = { $name } har gått ungefär { $distance }. Dämpningen minskar med användning; överväg att se över mellansula och yttersula efter slitage (översyn föreslås från { $limit }, { $whose }).
advice-shoe-replace = { $name } har gått ungefär { $distance }, mer än de { $limit } då man brukar råda till byte ({ $whose }). Dämpningen kan ha minskat; överväg ett nytt par.
advice-shoe-rotate = Alla dina senaste löprundor var i samma par. Löpare som växlade mellan flera par fick färre skador i en stor studie (hazard ratio 0,61); överväg att växla mellan två par.
advice-softer-ground = { $share } % av din löpning de senaste 7 dagarna var på asfalt eller bana. När höften är öm kan du överväga att flytta några rundor till mjukare underlag som gräs eller stigar, som källartikeln föreslår.
