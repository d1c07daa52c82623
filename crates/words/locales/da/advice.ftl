# Dagens råd: hver begrundelse med løberens egne tal, skrevet på dansk af runwell-words.
# Regel-id'er står uændret på alle sprog.

count-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}

pain-when-during = under din løbetur { $day }
pain-when-after = efter din løbetur { $day }
pain-when-session = under dit træningspas { $day }
pain-session-note = { $session ->
    [yes] { " " }Et træningspas tæller også som aktivitet (DATA-7).
   *[other] {""}
}
advice-pain-green = Smerten { $when } var { $score }: i den grønne zone ({ $green } for grøn).{ pain-session-note }
advice-pain-amber = Smerten { $when } var { $score }: inden for smertemodellens 5/10, men over grøn ({ $green }). Overvej at gentage samme belastning i stedet for at øge den.{ pain-session-note }
advice-pain-red = Smerten { $when } var { $score } – over de { $amber_max }, som smertemodellen tillader. Overvej at gå tilbage til den seneste belastning, der holdt sig grøn, og hold dig til øvelser, der ikke gør ondt.{ pain-session-note }

pain-usual-default = et normalt morgenniveau på { $usual } ({ $default }, så længe runwell kender færre end { $count } morgener – aldrig over den højeste af dem)
pain-usual = dit normale morgenniveau på { $usual }

advice-morning-settled = Smerten havde lagt sig morgenen efter din løbetur { $day } ({ $score } { $on }, på eller under { $usual }).
advice-morning-not-settled = Hoften var ikke faldet til ro morgenen efter din løbetur { $day }: { $score } { $on } mod { $usual }. Overvej at gå tilbage til den seneste belastning, hvor smerten havde lagt sig til næste morgen.
advice-morning-not-known = Der er ikke registreret morgensmerte i de { $count } dage efter din løbetur { $day } ({ $default }), så runwell kan ikke se, om hoften faldt til ro. Indtil da tæller turen som ukendt smerte: højst gul.
advice-morning-above = Om morgenen { $on } lå hoften på { $score }, over { $usual }, efter din løbetur { $day }. En morgen over dit normale niveau efter en løbetur tæller som ikke faldet til ro.
advice-pain-unknown-distance = Der er ikke registreret smerte under eller efter din løbetur { $day } ({ $distance }). Indtil det sker, er smerten ved den tur ukendt: højst gul, ingen progression, og turen kan ikke tælle som en belastning, der holdt sig grøn.
advice-pain-unknown = Der er ikke registreret smerte under eller efter din løbetur { $day }. Indtil det sker, er smerten ved den tur ukendt: højst gul, ingen progression, og turen kan ikke tælle som en belastning, der holdt sig grøn.
advice-nothing-logged = Din dagbog har endnu ingen løbetur, ingen smerte under eller efter aktivitet og intet træningspas med smerte, så runwell kan ikke vurdere din hofte ud fra den: smerten er ukendt, højst gul.
advice-older-unknown = { $count ->
    [one] { $count } tidligere aktivitetsdag siden din seneste fuldt vurderede løbetur mangler smerte eller lå over grøn; den kan ikke tælle som grøn.
   *[other] { $count } tidligere aktivitetsdage siden din seneste fuldt vurderede løbetur mangler smerte eller lå over grøn; ingen af dem kan tælle som grønne.
}
advice-red-morning = Om morgenen { $day } lå hoften på { $score }, over { $usual }: ikke faldet til ro, uanset om der gik en løbetur forud.
advice-pain-rising = Morgensmerten stiger fra uge til uge: et gennemsnit på { $week } de seneste 7 dage mod { $previous } ugen før ({ $default } regnes som en stigning). Smerten bør ikke bygge sig op fra uge til uge; overvej at skrue ned for løbebelastningen.
pain-rise-of = en stigning på { $points } point

advice-data3-returning = Dine morgener fra { $first } til { $last } var rolige efter den røde dag { $red_day }, og der er ikke vurderet nogen ny løbetur siden: I dag er gul. Overvej at vende tilbage ved den seneste belastning, der holdt sig grøn – og ikke længere.
advice-data3-red = Hoften var rød { $red_day }, og rød gælder, indtil en senere løbetur vurderes grøn eller gul med en rolig morgen bagefter; hviledage alene gør den aldrig grøn. { $count ->
    [one] { $count } rolig morgen
   *[other] { $count } rolige morgener
} i træk uden ny løbetur ({ $default }) gør I dag gul: registrerer du morgensmerten, kan runwell se dem.

advice-night-pain = Din dagbog viser smerte på { $score } eller mere om natten i { $nights } af de seneste { $count } nætter (senest { $day }; { $default }). Natlige smerter er et tegn, der skal tjekkes (TRIAGE-2), så I dag bliver højst gul, indtil de nætter er passeret.
advice-first-visit = Der er ikke registreret noget endnu, så runwell kan ikke vurdere i dag. Registrér din seneste løbetur med smerten under eller efter den, og fortæl runwell din længste tur den seneste måned (`runwell init --recent-longest-km K` eller opsætningssiden); så kan den svare.
advice-no-basis = runwell har ingen løbetur fra de { $count } dage før i dag og ingen nylig længste tur fra dig, så den har intet grundlag for en distance: højst gul. Fortæl runwell din længste tur den seneste måned (`runwell init --recent-longest-km K` eller opsætningssiden).
advice-run-no-basis = Din løbetur { $day } ({ $distance }) havde intet at blive sammenlignet med: ingen løbetur i de { $count } dage før og ingen nylig længste tur fra dig, så SPIKE-1 kunne ikke vurdere den. Højst gul, indtil det kan lade sig gøre: fortæl runwell din længste tur den seneste måned.

ask-night = Du har registreret hoftesmerte på { $score } om natten { $day }. Smerter om natten eller i hvile er et tegn, som tjekket spørger til (TRIAGE-2): svar gerne på dette spørgsmål først.
ask-morning-pain = Hvordan havde hoften det morgenen efter din løbetur { $run_day }? Registrér morgensmerten ({ $day }).
ask-run-pain = Hvor ondt gjorde din løbetur { $run_day }? Registrér smerten efter den.
ask-recent-longest = Hvad var din længste enkelttur den seneste måned? runwell sammenligner hver tur med den, indtil den har 30 dage af dine løbeture.
ask-log-run = Registrér din seneste løbetur og smerten under eller efter den.

advice-load-rising = Din belastning stiger hurtigt: den seneste uges belastning er { $ratio } gange dit niveau over længere tid. Det er en tendens at holde øje med, ikke en forudsigelse af skader; overvej at holde belastningen stabil indtil videre.
advice-spike-after-break = Din løbetur { $day } ({ $run }) var din første i mere end { $count } dage. Efter en pause er enhver tur et spring i forhold til det, kroppen er vant til; overvej at starte igen med korte, rolige ture og bygge langsomt op.
advice-spike-green = Din løbetur { $day } ({ $run }) holdt sig inden for 10 % af din længste tur i de 30 dage før ({ $longest }).
advice-spike-amber = Din løbetur { $day } ({ $run }) var { $rise } i forhold til din længste tur i de 30 dage før ({ $longest }). Spring på 10–30 % på en enkelt tur hang sammen med flere løbeskader (hazard ratio 1,64); overvej at blive på denne distance frem for at gå længere.
advice-spike-double = Din løbetur { $day } ({ $run }) var { $rise } i forhold til din længste tur i de 30 dage før ({ $longest }): mere end det dobbelte. Så store spring hang sammen med den højeste skadesrisiko (hazard ratio 2,28); overvej at skrue ned og bygge langsomt op igen.
advice-spike-red = Din løbetur { $day } ({ $run }) var { $rise } i forhold til din længste tur i de 30 dage før ({ $longest }). Spring på mere end 30 % hang sammen med flere løbeskader (hazard ratio 1,52); overvej kortere ture indtil videre.
advice-week-amber = Du løb { $this_week } de seneste 7 dage, { $change } i forhold til de 7 dage før ({ $previous }). Ugentlige stigninger på mere end { $limit } % hang sammen med flere distancerelaterede skader, også i hoften (hazard ratio 1,59); overvej at holde denne uges distance.
advice-week-green = Ugentlig distance { $change } ({ $this_week } de seneste 7 dage, { $previous } ugen før).

cap-last-green = den seneste belastning, der holdt sig grøn ({ $distance }, { $day })
cap-declared-longest = den længste tur den seneste måned, som du har oplyst ({ $distance })
cap-no-basis = den seneste belastning, der holdt sig grøn
cap-no-basis-today = Ingen løbetur i de { $count } dage før i dag og ingen nylig længste tur fra dig, så runwell foreslår ingen distance i dag: uden et grundlag kan den ikke se, hvad der ville være et spring for dig.
cap-green = Dagens foreslåede længste tur er { $cap }: 10 % over din længste tur i de { $count } dage før i dag ({ $longest }).
cap-returning = Dagens foreslåede længste tur er { $cap }: { $basis }. Vend tilbage dertil, før du bygger op.
cap-amber = Dagens foreslåede længste tur er { $cap }: hold niveauet frem for at øge, og ikke længere end { $basis }.
cap-red = Dagens foreslåede længste tur er { $cap }: på en rød dag er runwells standard at gå tilbage til { $basis }. Overvej også et roligere tempo.
cap-red-none = Ingen løbetur i de 30 dage, før dit lys skiftede, holdt sig grøn på smerte og på SPIKE-1, så runwell foreslår ingen distance: overvej at holde pause med løb, til smerten har lagt sig, og hold dig til øvelser, der ikke gør ondt.
cap-amber-none = Ingen løbetur i de 30 dage, før dit lys skiftede, holdt sig grøn på smerte og på SPIKE-1, så runwell foreslår ingen distance. Registrerer du smerten under eller efter hver tur og næste morgen, kan en tur tælle som grøn.
cap-suggested = Længste tur foreslået i dag: { $distance } ({ $rule }).
cap-none = Ingen distance foreslået i dag ({ $rule }).

shoe-own-setting = din egen indstilling for dette par
shoe-default = runwells standardværdi
advice-shoe-inspect = { $name } har løbet omkring { $distance }. Dæmpningen aftager med brug; overvej at tjekke mellemsål og ydersål for slid (eftersyn foreslås fra { $limit }, { $whose }).
advice-shoe-replace = { $name } har løbet omkring { $distance } – mere end de { $limit }, hvor man normalt anbefaler at skifte ({ $whose }). Dæmpningen kan være aftaget; overvej et nyt par.
advice-shoe-rotate = Alle dine seneste løbeture var i det samme par. Løbere, der skiftede mellem flere par, fik færre skader i et stort studie (hazard ratio 0,61); overvej at skifte mellem to par.
advice-softer-ground = { $share } % af dit løb de seneste 7 dage foregik på asfalt eller bane. Når hoften er øm, kan du overveje at flytte nogle ture til blødere underlag som græs eller skovstier, som kildeartiklen foreslår.
