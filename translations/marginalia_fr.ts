<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <source>all (%n coder(s))</source>
        <translation>
            <numerusform>tous (%n codeur)</numerusform>
            <numerusform>tous (%n codeurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %1 over %n article(s)</source>
        <translation>
            <numerusform>Accord de %1 sur %n article</numerusform>
            <numerusform>Accord de %1 sur %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source> (the articles given)</source>
        <translation> (les articles indiqués)</translation>
    </message>
    <message>
        <source> (those with mentions by every coder)</source>
        <translation> (ceux où chaque codeur a fait des mentions)</translation>
    </message>
    <message>
        <source>%1 characters, %2 word tokens
</source>
        <translation>%1 caractères, %2 mots
</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacts</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 exact</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauch.</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 chevauch.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>Kappa tokens</source>
        <translation>Kappa mots</translation>
    </message>
    <message>
        <source>Alpha u</source>
        <translation>Alpha u</translation>
    </message>
    <message>
        <source>(all labels)</source>
        <translation>(toutes étiquettes)</translation>
    </message>
    <message>
        <source>Speakers (nominal alpha over quotes marked by at least two coders):
</source>
        <translation>Locuteurs (alpha nominal sur les citations marquées par au moins deux codeurs) :
</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementStudy</name>
    <message>
        <source>%1: no mention is signed &apos;%2&apos; (signed: %3)</source>
        <translation>%1 : aucune mention n’est signée « %2 » (signées : %3)</translation>
    </message>
    <message>
        <source>%1: agreement needs at least two coders; mentions are signed by: %2</source>
        <translation>%1 : l’accord demande au moins deux codeurs ; les mentions sont signées par : %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;</source>
        <translation>%1 : aucune étiquette nommée « %2 »</translation>
    </message>
    <message>
        <source>%1: no article with id %2</source>
        <translation>%1 : aucun article d’identifiant %2</translation>
    </message>
    <message>
        <source>Stopped before the figures were complete.</source>
        <translation>Arrêté avant que les chiffres soient complets.</translation>
    </message>
    <message>
        <source>article %1: a mention by %2 at %3–%4 ends past the text&apos;s %5 characters; left out</source>
        <translation>article %1 : une mention de %2 en %3–%4 finit après les %5 caractères du texte ; laissée de côté</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>Delete %1 Annotation</source>
        <translation>Supprimer l’annotation %1</translation>
    </message>
    <message>
        <source>Change Article Status</source>
        <translation>Changer l’état de l’article</translation>
    </message>
    <message>
        <source>Reject Suggestion %1</source>
        <translation>Rejeter la suggestion %1</translation>
    </message>
</context>
<context>
    <name>AnnotationCsvExporter</name>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation>impossible d’écrire le CSV (%1)</translation>
    </message>
    <message>
        <source>article %1, %2 %3</source>
        <translation>article %1, %2 %3</translation>
    </message>
</context>
<context>
    <name>AnnotationFileImporter</name>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1 : rien n’a été importé : %2</translation>
    </message>
    <message>
        <source>%1: not an annotation export of Marginalia: no column %2</source>
        <translation>%1 : pas un export d’annotations de Marginalia : aucune colonne %2</translation>
    </message>
    <message>
        <source>offsets in &quot;%1&quot; cannot be read; only code_point</source>
        <translation>des positions en « %1 » ne peuvent être lues ; seulement code_point</translation>
    </message>
    <message>
        <source>no article in the project has the text this row was exported from (article_sha256 %1, source %2)</source>
        <translation>aucun article du projet n’a le texte dont cette ligne a été exportée (article_sha256 %1, source %2)</translation>
    </message>
    <message>
        <source>&quot;annotations&quot; is not an array</source>
        <translation>« annotations » n’est pas un tableau</translation>
    </message>
    <message numerus="yes">
        <source>text_sha256 is not the SHA-256 of the line&apos;s text; its %n annotation(s) are left out</source>
        <translation>
            <numerusform>text_sha256 n’est pas le SHA-256 du texte de la ligne ; son annotation est laissée de côté</numerusform>
            <numerusform>text_sha256 n’est pas le SHA-256 du texte de la ligne ; ses %n annotations sont laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>neither &quot;text&quot; nor &quot;text_sha256&quot;: no article to match</source>
        <translation>ni « text » ni « text_sha256 » : aucun article à retrouver</translation>
    </message>
    <message numerus="yes">
        <source>no article in the project has this text (source %1); its %n annotation(s) are left out</source>
        <translation>
            <numerusform>aucun article du projet n’a ce texte (source %1) ; son annotation est laissée de côté</numerusform>
            <numerusform>aucun article du projet n’a ce texte (source %1) ; ses %n annotations sont laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation %1: </source>
        <translation>annotation %1 : </translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no article in the project has the source %1 (and the file gives no article_sha256 to match the text by)</source>
        <translation>aucun article du projet n’a la source %1 (et le fichier ne donne pas d’article_sha256 pour retrouver le texte)</translation>
    </message>
    <message>
        <source>no article with the source %1 has %2 at [%3, %4)</source>
        <translation>aucun article de source %1 n’a %2 en [%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n articles with the source %1 fit the row; give article_sha256 to tell them apart</source>
        <translation>
            <numerusform>%n article de source %1 correspond à la ligne ; donnez article_sha256 pour les distinguer</numerusform>
            <numerusform>%n articles de source %1 correspondent à la ligne ; donnez article_sha256 pour les distinguer</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown kind %1 (entity or quote)</source>
        <translation>type %1 inconnu (entity ou quote)</translation>
    </message>
    <message>
        <source>start %1 is not a whole number</source>
        <translation>le début %1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>end %1 is not a whole number</source>
        <translation>la fin %1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>article %1 has no text</source>
        <translation>l’article %1 n’a pas de texte</translation>
    </message>
    <message>
        <source>[%1, %2) is not a span</source>
        <translation>[%1, %2) n’est pas un passage</translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation>la fin %1 dépasse la fin de l’article %2, qui a %3 caractères</translation>
    </message>
    <message>
        <source>the text at [%1, %2) of article %3 is %4, not %5</source>
        <translation>le texte en [%1, %2) de l’article %3 est %4, pas %5</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>pas d’étiquette</translation>
    </message>
    <message>
        <source>a quote made or edited by hand is already at [%1, %2) (speaker %3); it is kept</source>
        <translation>une citation faite ou modifiée à la main est déjà en [%1, %2) (locuteur %3) ; elle est conservée</translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (rien n’a été importé)</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) left out, not listed one by one</source>
        <translation>
            <numerusform>%n ligne de plus écartée, non détaillée</numerusform>
            <numerusform>%n lignes de plus écartées, non détaillées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableImporter</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no text column: name one (the columns are %1)</source>
        <translation>pas de colonne de texte : nommez-en une (les colonnes sont %1)</translation>
    </message>
    <message>
        <source>no text (the text column is empty)</source>
        <translation>pas de texte (la colonne du texte est vide)</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> et %Ln autre</numerusform>
            <numerusform> et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no column named %1 for the %2 (the columns are %3)</source>
        <translation>aucune colonne nommée %1 pour %2 (les colonnes sont %3)</translation>
    </message>
    <message>
        <source>the text is %1</source>
        <translation>le texte est %1</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date this program reads (such as 2022-12-05, 05/12/2022 or 5 December 2022); stored without a date</source>
        <translation>la date « %1 » n’est pas une date que ce programme sait lire (comme 2022-12-05, 05/12/2022 ou 5 décembre 2022) ; enregistré sans date</translation>
    </message>
</context>
<context>
    <name>ArticlesCsvExporter</name>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation>impossible d’écrire le CSV (%1)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>label &apos;%1&apos; is written as brat type &apos;%2&apos;: brat types cannot hold spaces or punctuation</source>
        <translation>l’étiquette « %1 » est écrite comme type brat « %2 » : les types brat ne peuvent contenir ni espaces ni ponctuation</translation>
    </message>
    <message>
        <source>labels &apos;%1&apos; and &apos;%2&apos; are both written as brat type &apos;%3&apos;</source>
        <translation>les étiquettes « %1 » et « %2 » sont toutes deux écrites comme type brat « %3 »</translation>
    </message>
    <message>
        <source>article %1, %2 %3: holds nothing but line breaks; brat cannot show it, so it is left out</source>
        <translation>article %1, %2 %3 : ne contient que des sauts de ligne ; brat ne peut pas l’afficher, il est donc omis</translation>
    </message>
</context>
<context>
    <name>BratImporter</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : pas un dossier</translation>
    </message>
    <message>
        <source>no %1 beside it: its annotations have no text</source>
        <translation>pas de %1 à côté : ses annotations n’ont pas de texte</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1 : rien n’a été importé : %2</translation>
    </message>
    <message>
        <source>not imported (Marginalia keeps text-bound annotations, their notes and entity links): %1</source>
        <translation>non importé (Marginalia garde les annotations liées au texte, leurs notes et leurs liens aux entités) : %1</translation>
    </message>
    <message>
        <source>not a text-bound annotation (ID, TAB, TYPE START END, TAB, TEXT)</source>
        <translation>pas une annotation liée au texte (ID, TAB, TYPE DÉBUT FIN, TAB, TEXTE)</translation>
    </message>
    <message>
        <source>not a brat annotation line</source>
        <translation>pas une ligne d’annotation brat</translation>
    </message>
    <message>
        <source>skipped with its annotations: same text as %1</source>
        <translation>ignoré avec ses annotations : même texte que %1</translation>
    </message>
    <message>
        <source>%1: offsets outside the text of %2 (%3 characters)</source>
        <translation>%1 : positions hors du texte de %2 (%3 caractères)</translation>
    </message>
    <message>
        <source>%1: the text at its offsets is %2, not %3</source>
        <translation>%1 : le texte à ses positions est %2, pas %3</translation>
    </message>
    <message>
        <source>%1: a quote made or edited by hand is already there (speaker %2); it is kept</source>
        <translation>%1 : une citation faite ou modifiée à la main est déjà là (locuteur %2) ; elle est conservée</translation>
    </message>
    <message>
        <source>%1: its offsets hold only the carriage return of a line end, which the stored text drops</source>
        <translation>%1 : ses positions ne couvrent que le retour chariot d’une fin de ligne, que le texte enregistré supprime</translation>
    </message>
    <message>
        <source>same text as %1</source>
        <translation>même texte que %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.
</source>
        <translation>%1 : %2
Lancez « %1 --help » pour l’aide.
</translation>
    </message>
    <message>
        <source>%1 %2: %3
Run &apos;%1 %2 --help&apos; for usage.
</source>
        <translation>%1 %2 : %3
Lancez « %1 %2 --help » pour l’aide.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Usage : %1 %2 %3</translation>
    </message>
    <message>
        <source>missing arguments (expected: %1)</source>
        <translation>arguments manquants (attendu : %1)</translation>
    </message>
    <message>
        <source>too many arguments (expected: %1)</source>
        <translation>trop d’arguments (attendu : %1)</translation>
    </message>
    <message>
        <source>%1: upgraded from schema version %2 to %3; the old file was kept as %4
</source>
        <translation>%1 : mis à niveau du schéma %2 au schéma %3 ; l’ancien fichier est conservé sous %4
</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>The project file to create (*.marginalia).</source>
        <translation>Le fichier de projet à créer (*.marginalia).</translation>
    </message>
    <message>
        <source>Create a new project file with the default labels PER, LOC, ORG and MISC.</source>
        <translation>Créer un fichier de projet avec les étiquettes par défaut PER, LOC, ORG et MISC.</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation>%1 créé
</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>--max-size wants a positive number of megabytes, not &apos;%1&apos;</source>
        <translation>--max-size attend un nombre positif de mégaoctets, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: the import failed and was undone (%2)
</source>
        <translation>%1 : l’import a échoué et a été annulé (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) rejected</source>
        <translation>
            <numerusform> ; %n fichier refusé</numerusform>
            <numerusform> ; %n fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) skipped</source>
        <translation>
            <numerusform> ; %n doublon ignoré</numerusform>
            <numerusform> ; %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>PROJECT ARTICLE_ID START END LABEL</source>
        <translation>PROJET ID_ARTICLE DÉBUT FIN ÉTIQUETTE</translation>
    </message>
    <message>
        <source>The article, by id.</source>
        <translation>L’article, par identifiant.</translation>
    </message>
    <message>
        <source>First code point of the span (from 0).</source>
        <translation>Premier point de code du passage (à partir de 0).</translation>
    </message>
    <message>
        <source>Code point just after the span.</source>
        <translation>Point de code juste après le passage.</translation>
    </message>
    <message>
        <source>A label name, e.g. PER.</source>
        <translation>Un nom d’étiquette, par exemple PER.</translation>
    </message>
    <message>
        <source>Link the mention to the entity NAME of the same label (created if new).</source>
        <translation>Lier la mention à l’entité NOM de même étiquette (créée si elle est nouvelle).</translation>
    </message>
    <message>
        <source>Attach a note.</source>
        <translation>Joindre une note.</translation>
    </message>
    <message>
        <source>Print the stored annotation as JSON.</source>
        <translation>Afficher l’annotation enregistrée en JSON.</translation>
    </message>
    <message>
        <source>Tag the span [START, END) of an article. Offsets are Unicode code points into the stored text, as &apos;export&apos; writes it.</source>
        <translation>Étiqueter le passage [DÉBUT, FIN) d’un article. Les positions sont des points de code Unicode dans le texte stocké, tel que « export » l’écrit.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre entier, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: nothing stored: %2
</source>
        <translation>%1 : rien n’a été enregistré : %2
</translation>
    </message>
    <message>
        <source>Annotation %1: %2 [%3, %4) &quot;%5&quot;
</source>
        <translation>Annotation %1 : %2 [%3, %4) « %5 »
</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.</source>
        <translation>CSV : commencer par un indicateur d’ordre des octets UTF-8, pour qu’Excel lise le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>CSV: neutralise formula injection. Every text cell that starts with &apos;=&apos;, &apos;+&apos;, &apos;-&apos;, &apos;@&apos;, a tab or a carriage return gets a single quote (&apos;) in front, so Excel and LibreOffice show it as text instead of running it. Such a cell no longer equals text[start:end]: drop the one leading quote to get it back. Cells longer than Excel&apos;s 32,767 characters are reported. Numbers are never changed.</source>
        <translation>CSV : neutraliser l’injection de formules. Toute cellule de texte qui commence par « = », « + », « - », « @ », une tabulation ou un retour chariot reçoit une apostrophe (&apos;) devant, pour qu’Excel et LibreOffice l’affichent comme du texte au lieu de l’exécuter. Une telle cellule n’est plus égale à text[start:end] : retirez l’apostrophe initiale pour la retrouver. Les cellules de plus de 32 767 caractères (limite d’Excel) sont signalées. Les nombres ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon or tab.</source>
        <translation>CSV : le séparateur de champs : comma (virgule, par défaut), semicolon (point-virgule) ou tab (tabulation).</translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation>séparateur inconnu « %1 » (utilisez comma, semicolon ou tab)</translation>
    </message>
    <message>
        <source>cannot write to standard output
</source>
        <translation>impossible d’écrire sur la sortie standard
</translation>
    </message>
    <message>
        <source>cannot write to standard output (%1)
</source>
        <translation>impossible d’écrire sur la sortie standard (%1)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>PROJECT [--article ID] [--redetect] [--json]</source>
        <translation>PROJET [--article ID] [--redetect] [--json]</translation>
    </message>
    <message>
        <source>Only the article ID.</source>
        <translation>Seulement l’article ID.</translation>
    </message>
    <message>
        <source>Detect the quotes again first. Quotes added or edited by hand are kept.</source>
        <translation>Détecter d’abord à nouveau les citations. Les citations ajoutées ou modifiées à la main sont conservées.</translation>
    </message>
    <message>
        <source>Print a JSON array of {article_id, id, start, end, text, speaker, cue}.</source>
        <translation>Afficher un tableau JSON de {article_id, id, start, end, text, speaker, cue}.</translation>
    </message>
    <message>
        <source>List the quotes (direct speech) with their speakers. Offsets are Unicode code points into the stored text, half-open.</source>
        <translation>Lister les citations (discours direct) avec leurs locuteurs. Les positions sont des points de code Unicode dans le texte stocké, intervalles semi-ouverts.</translation>
    </message>
    <message>
        <source>--article wants an article id, not &apos;%1&apos;</source>
        <translation>--article attend un identifiant d’article, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no article with id %2
</source>
        <translation>%1 : aucun article d’identifiant %2
</translation>
    </message>
    <message>
        <source>%1: quote detection failed and nothing was stored (%2)
</source>
        <translation>%1 : la détection des citations a échoué et rien n’a été enregistré (%2)
</translation>
    </message>
    <message>
        <source>csv: one row per annotation; articles: one row per article with counts per label; entities: one row per entity; jsonl: one article per line with its text and annotations; brat: brat standoff, &lt;id&gt;.txt and &lt;id&gt;.ann per article, in a folder; conll: CoNLL BIO, one token a line; texts: the stored texts, one &lt;id&gt;.txt per article, in a folder.</source>
        <translation>csv : une ligne par annotation ; articles : une ligne par article avec les décomptes par étiquette ; entities : une ligne par entité ; jsonl : un article par ligne avec son texte et ses annotations ; brat : format brat standoff, &lt;id&gt;.txt et &lt;id&gt;.ann par article, dans un dossier ; conll : CoNLL BIO, un token par ligne ; texts : les textes stockés, un &lt;id&gt;.txt par article, dans un dossier.</translation>
    </message>
    <message>
        <source>Write to PATH (a folder for brat and texts) instead of standard output. Files are replaced only once complete; a folder&apos;s files appear only once all are written.</source>
        <translation>Écrire dans CHEMIN (un dossier pour brat et texts) au lieu de la sortie standard. Les fichiers ne sont remplacés qu’une fois complets ; les fichiers d’un dossier n’apparaissent qu’une fois tous écrits.</translation>
    </message>
    <message>
        <source>Only these articles (ids separated by commas).</source>
        <translation>Seulement ces articles (identifiants séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only articles with this status: todo, in-progress or done (several separated by commas).</source>
        <translation>Seulement les articles dans cet état : todo (à faire), in-progress (en cours) ou done (terminé) (plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD). An article dated only by month or year is in when that period meets the range; articles without a date are left out.</source>
        <translation>Seulement les articles datés du DATE ou après (AAAA, AAAA-MM ou AAAA-MM-JJ). Un article daté seulement du mois ou de l’année est retenu quand cette période rencontre l’intervalle ; les articles sans date sont exclus.</translation>
    </message>
    <message>
        <source>Only articles dated on or before DATE (as --from).</source>
        <translation>Seulement les articles datés du DATE ou avant (comme --from).</translation>
    </message>
    <message>
        <source>Only annotations with these labels (names separated by commas); QUOTE stands for the quotes. Without it, every label and the quotes.</source>
        <translation>Seulement les annotations de ces étiquettes (noms séparés par des virgules) ; QUOTE désigne les citations. Sans cette option, toutes les étiquettes et les citations.</translation>
    </message>
    <message>
        <source>Export the project. Offsets are Unicode code points into the text as stored (and as &apos;texts&apos; writes it), half-open; every format carries each article&apos;s SHA-256 text hash.</source>
        <translation>Exporter le projet. Les positions sont des points de code Unicode dans le texte tel qu’il est stocké (et tel que « texts » l’écrit), intervalles semi-ouverts ; chaque format porte l’empreinte SHA-256 du texte de chaque article.</translation>
    </message>
    <message>
        <source>--format is required (%1)</source>
        <translation>--format est obligatoire (%1)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>format inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>--format %1 needs --out FOLDER</source>
        <translation>--format %1 demande --out DOSSIER</translation>
    </message>
    <message>
        <source>--articles wants article ids, not &apos;%1&apos;</source>
        <translation>--articles attend des identifiants d’articles, pas « %1 »</translation>
    </message>
    <message>
        <source>--articles needs at least one article id</source>
        <translation>--articles demande au moins un identifiant d’article</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use todo, in-progress or done)</source>
        <translation>état inconnu « %1 » (utilisez todo, in-progress ou done)</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.
</source>
        <translation>%1 écrits dans %2.
</translation>
    </message>
    <message>
        <source>PROJECT [--json]</source>
        <translation>PROJET [--json]</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, label, aliases, external_id, mentions, articles}.</source>
        <translation>Afficher un tableau JSON de {id, name, label, aliases, external_id, mentions, articles}.</translation>
    </message>
    <message>
        <source>List the entities: id, name, label, aliases, external id, number of mentions and of articles that mention it.</source>
        <translation>Lister les entités : id, nom, étiquette, alias, identifiant externe, nombre de mentions et d’articles qui la mentionnent.</translation>
    </message>
    <message>
        <source>PROJECT TEXT LABEL [--entity NAME] [--article ID] [--fold] [--json]</source>
        <translation>PROJET TEXTE ÉTIQUETTE [--entity NOM] [--article ID] [--fold] [--json]</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Les mots à trouver.</translation>
    </message>
    <message>
        <source>The label to tag them with.</source>
        <translation>L’étiquette à leur donner.</translation>
    </message>
    <message>
        <source>Link the new mentions to this entity (made if new).</source>
        <translation>Lier les nouvelles mentions à cette entité (créée si elle n’existe pas).</translation>
    </message>
    <message>
        <source>Only in article ID (default: the whole project).</source>
        <translation>Seulement dans l’article ID (par défaut : tout le projet).</translation>
    </message>
    <message>
        <source>Print {&quot;tagged&quot;: N, &quot;articles&quot;: M}.</source>
        <translation>Afficher {&quot;tagged&quot;: N, &quot;articles&quot;: M}.</translation>
    </message>
    <message>
        <source>Tag every whole-word occurrence of TEXT with LABEL, in one article or the whole project, in one transaction. Spans that already carry an annotation are left alone.</source>
        <translation>Étiqueter avec ÉTIQUETTE chaque occurrence de TEXTE en mots entiers, dans un article ou tout le projet, en une seule transaction. Les passages déjà annotés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>%1: nothing was tagged (%2)
</source>
        <translation>%1 : rien n’a été étiqueté (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence étiquetée</numerusform>
            <numerusform>%n occurrences étiquetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)
</source>
        <translation>
            <numerusform> dans %n article
</numerusform>
            <numerusform> dans %n articles
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROJECT PATH... | PROJECT --annotations FILE | PROJECT --brat FOLDER</source>
        <translation>PROJET CHEMIN... | PROJET --annotations FICHIER | PROJET --brat DOSSIER</translation>
    </message>
    <message>
        <source>Files and folders: .txt articles (folders are searched recursively for *.txt), and tables of articles, one per row (.csv, .tsv, .jsonl, .ndjson).</source>
        <translation>Des fichiers et des dossiers : articles .txt (les dossiers sont parcourus récursivement à la recherche de *.txt), et tables d’articles, un par ligne (.csv, .tsv, .jsonl, .ndjson).</translation>
    </message>
    <message>
        <source>Print the result as JSON: imported ids or counts, rejected and skipped files and rows with their reasons.</source>
        <translation>Afficher le résultat en JSON : identifiants importés ou décomptes, fichiers et lignes refusés et ignorés avec leurs raisons.</translation>
    </message>
    <message>
        <source>Tables: the column (CSV) or key (JSONL) holding the text (default: &apos;text&apos;).</source>
        <translation>Tables : la colonne (CSV) ou la clé (JSONL) du texte (par défaut : « text »).</translation>
    </message>
    <message>
        <source>Tables: the title&apos;s column (default: &apos;title&apos; if there is one; without one, the text&apos;s first line).</source>
        <translation>Tables : la colonne du titre (par défaut : « title » s’il y en a une ; sinon, la première ligne du texte).</translation>
    </message>
    <message>
        <source>Tables: the source&apos;s column (default: &apos;source&apos;; without one the source is FILE#ID, or FILE:LINE).</source>
        <translation>Tables : la colonne de la source (par défaut : « source » ; sans elle, la source est FICHIER#ID, ou FICHIER:LIGNE).</translation>
    </message>
    <message>
        <source>Tables: the column of each row&apos;s id (default: &apos;id&apos;).</source>
        <translation>Tables : la colonne de l’identifiant de chaque ligne (par défaut : « id »).</translation>
    </message>
    <message>
        <source>CSV: the field separator, comma, semicolon or tab (default: found from the header).</source>
        <translation>CSV : le séparateur de champs, comma (virgule), semicolon (point-virgule) ou tab (tabulation) (par défaut : déduit de l’en-tête).</translation>
    </message>
    <message>
        <source>Import annotations and quotes from a CSV or JSONL export of Marginalia into the articles of this project that have the same texts.</source>
        <translation>Importer les annotations et les citations d’un export CSV ou JSONL de Marginalia dans les articles de ce projet qui ont les mêmes textes.</translation>
    </message>
    <message>
        <source>With --annotations: csv or jsonl (default: from the file&apos;s extension).</source>
        <translation>Avec --annotations : csv ou jsonl (par défaut : d’après l’extension du fichier).</translation>
    </message>
    <message>
        <source>Import a brat standoff folder: each X.txt becomes an article (or is matched to the one with the same text) with the text-bound annotations and notes of X.ann.</source>
        <translation>Importer un dossier brat standoff : chaque X.txt devient un article (ou rejoint celui qui a le même texte) avec les annotations liées au texte et les notes de X.ann.</translation>
    </message>
    <message>
        <source>Import articles, annotations or brat folders. Plain-text articles: an optional first-line header &apos;date YYYY[-MM[-DD]]&apos; gives the date; the first line is the title. Encodings: UTF-8, UTF-16/32 with a byte-order mark, and legacy 8-bit encodings, detected. Rows and lines that cannot be imported are reported with their line number; the rest is imported.</source>
        <translation>Importer des articles, des annotations ou des dossiers brat. Articles en texte brut : un en-tête facultatif en première ligne « date AAAA[-MM[-JJ]] » donne la date ; la première ligne est le titre. Encodages : UTF-8, UTF-16/32 avec indicateur d’ordre des octets, et anciens encodages 8 bits, détectés. Les lignes qui ne peuvent être importées sont signalées avec leur numéro ; le reste est importé.</translation>
    </message>
    <message>
        <source>--annotations and --brat cannot be combined</source>
        <translation>--annotations et --brat ne peuvent être combinés</translation>
    </message>
    <message>
        <source>--%1 takes no PATH arguments</source>
        <translation>--%1 ne prend pas d’arguments CHEMIN</translation>
    </message>
    <message>
        <source>--format goes with --annotations</source>
        <translation>--format va avec --annotations</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv or jsonl)</source>
        <translation>format « %1 » inconnu (utilisez csv ou jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>%n annotation importée</numerusform>
            <numerusform>%n annotations importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n quote(s)</source>
        <translation>
            <numerusform> et %n citation</numerusform>
            <numerusform> et %n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacing a detected quote)</source>
        <translation>
            <numerusform> (%n remplaçant une citation détectée)</numerusform>
            <numerusform> (%n remplaçant des citations détectées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the project</source>
        <translation>
            <numerusform> ; %n déjà dans le projet</numerusform>
            <numerusform> ; %n déjà dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) left out</source>
        <translation>
            <numerusform> ; %n ligne laissée de côté</numerusform>
            <numerusform> ; %n lignes laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>; new labels: %1</source>
        <translation> ; nouvelles étiquettes : %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n matched to a stored one)</source>
        <translation>
            <numerusform> (%n rejoignant un article stocké)</numerusform>
            <numerusform> (%n rejoignant des articles stockés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n annotation(s)</source>
        <translation>
            <numerusform> avec %n annotation</numerusform>
            <numerusform> avec %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n note(s)</source>
        <translation>
            <numerusform> et %n note</numerusform>
            <numerusform> et %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the import of this file failed and was undone (%2)
</source>
        <translation>%1 : l’import de ce fichier a échoué et a été annulé (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) rejected</source>
        <translation>
            <numerusform> ; %n ligne refusée</numerusform>
            <numerusform> ; %n lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform> ; %n avertissement</numerusform>
            <numerusform> ; %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore case, and accents unless the project matches names with them.</source>
        <translation>Ignorer la casse, et les accents sauf si le projet reconnaît les noms avec eux.</translation>
    </message>
    <message>
        <source>--%1 is for tables of articles, not with --%2</source>
        <translation>--%1 sert aux tables d’articles, pas avec --%2</translation>
    </message>
    <message>
        <source>%1; the daily backup was not made, the command goes on
</source>
        <translation>%1 ; la sauvegarde quotidienne n’a pas été faite, la commande continue
</translation>
    </message>
    <message>
        <source>%1; no backup before this operation, it goes on
</source>
        <translation>%1 ; pas de sauvegarde avant cette opération, elle continue
</translation>
    </message>
    <message>
        <source>PROJECT [--out FILE] [--keep N] [--json]</source>
        <translation>PROJET [--out FICHIER] [--keep N] [--json]</translation>
    </message>
    <message>
        <source>Write the copy to FILE, which must not exist, instead of the project&apos;s backups folder; such copies are never pruned.</source>
        <translation>Écrire la copie dans FICHIER, qui ne doit pas exister, au lieu du dossier de sauvegardes du projet ; ces copies ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>Keep the newest N backups from now on (a project setting; default %1).</source>
        <translation>Garder désormais les N sauvegardes les plus récentes (réglage du projet ; %1 par défaut).</translation>
    </message>
    <message>
        <source>Print {project, backup, reason, articles, annotations, bytes, pruned} as JSON.</source>
        <translation>Afficher {project, backup, reason, articles, annotations, bytes, pruned} en JSON.</translation>
    </message>
    <message>
        <source>Back up the project through SQLite&apos;s backup API, safe while the window or another command has it open. Without --out the copy goes to NAME.backups/ beside the project (or the user&apos;s data folder when that cannot be written), named NAME-YYYYMMDD-HHMMSS-manual.marginalia (UTC), and the oldest backups beyond the number to keep are removed.</source>
        <translation>Sauvegarder le projet par l’API de sauvegarde de SQLite, sans risque pendant que la fenêtre ou une autre commande l’a ouvert. Sans --out, la copie va dans NOM.backups/ à côté du projet (ou dans le dossier de données de l’utilisateur quand on ne peut pas y écrire), sous le nom NOM-AAAAMMJJ-HHMMSS-manual.marginalia (UTC), et les sauvegardes les plus anciennes au-delà du nombre à garder sont supprimées.</translation>
    </message>
    <message>
        <source>--keep goes with the backups folder, not --out</source>
        <translation>--keep va avec le dossier de sauvegardes, pas avec --out</translation>
    </message>
    <message>
        <source>--keep wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--keep attend un nombre de 1 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, %4)
</source>
        <translation>%1 sauvegardé dans %2 (%3, %4)
</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the older backup %1
</source>
        <translation>Ancienne sauvegarde supprimée : %1
</translation>
    </message>
    <message>
        <source>The project file; it may be missing or damaged.</source>
        <translation>Le fichier de projet ; il peut être absent ou endommagé.</translation>
    </message>
    <message>
        <source>Print a JSON array of {path, date, reason, bytes, schema_version, articles, annotations, quotes}.</source>
        <translation>Afficher un tableau JSON de {path, date, reason, bytes, schema_version, articles, annotations, quotes}.</translation>
    </message>
    <message>
        <source>List the project&apos;s backups, oldest first: date (UTC), reason, articles, annotations, size in bytes and file. Each backup is only read; the project is not opened, so this works when it is lost or damaged.</source>
        <translation>Lister les sauvegardes du projet, les plus anciennes d’abord : date (UTC), motif, articles, annotations, taille en octets et fichier. Chaque sauvegarde est seulement lue ; le projet n’est pas ouvert, donc cela marche aussi quand il est perdu ou endommagé.</translation>
    </message>
    <message>
        <source>%1: no such project, and no backups of it in %2 or %3
</source>
        <translation>%1 : ce projet n’existe pas, et aucune sauvegarde de lui dans %2 ni %3
</translation>
    </message>
    <message>
        <source>BACKUP NEW_PROJECT [--json]</source>
        <translation>SAUVEGARDE NOUVEAU_PROJET [--json]</translation>
    </message>
    <message>
        <source>A backup file, as &apos;backups&apos; lists them.</source>
        <translation>Un fichier de sauvegarde, tel que « backups » les liste.</translation>
    </message>
    <message>
        <source>The project file to create; it must not exist.</source>
        <translation>Le fichier de projet à créer ; il ne doit pas exister.</translation>
    </message>
    <message>
        <source>Print {project, backup, articles, annotations, migrated_from} as JSON.</source>
        <translation>Afficher {project, backup, articles, annotations, migrated_from} en JSON.</translation>
    </message>
    <message>
        <source>Restore a backup into a new project file, then open it to check it (and upgrade it if it is older). An existing file is never replaced. The backup is only read.</source>
        <translation>Restaurer une sauvegarde dans un nouveau fichier de projet, puis l’ouvrir pour le vérifier (et le mettre à niveau s’il est plus ancien). Un fichier existant n’est jamais remplacé. La sauvegarde est seulement lue.</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3, %4)
</source>
        <translation>%1 restauré dans %2 (%3, %4)
</translation>
    </message>
    <message>
        <source>Upgraded from schema version %1
</source>
        <translation>Mis à niveau depuis la version de schéma %1
</translation>
    </message>
    <message>
        <source>Print {project, damaged, problem, milliseconds} as JSON.</source>
        <translation>Afficher {project, damaged, problem, milliseconds} en JSON.</translation>
    </message>
    <message>
        <source>Check every page of the project file for damage with SQLite&apos;s quick_check. Opening a project runs the same check unless the file is as Marginalia last closed it (within %1 days); this command always runs it. Exit status 1 if the file is damaged or cannot be opened.</source>
        <translation>Vérifier chaque page du fichier de projet avec le quick_check de SQLite. L’ouverture d’un projet fait la même vérification, sauf si le fichier est tel que Marginalia l’a fermé la dernière fois (depuis moins de %1 jours) ; cette commande la fait toujours. Code de sortie 1 si le fichier est endommagé ou ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1: no damage found (every page checked in %2 s)
</source>
        <translation>%1 : aucun dommage (chaque page vérifiée en %2 s)
</translation>
    </message>
    <message>
        <source>The largest article to import, in megabytes (default %1): a .txt file, a brat .txt or .ann file, or the text in one row of a table. Larger ones are rejected by name. A table of articles as a whole may hold up to %2 MB, or this size if that is more; an annotation file is read in pieces and may be of any size.</source>
        <translation>Le plus grand article à importer, en mégaoctets (par défaut %1) : un fichier .txt, un fichier .txt ou .ann de brat, ou le texte d’une ligne de tableau. Les plus grands sont refusés en les nommant. Un tableau d’articles peut contenir en tout jusqu’à %2 Mo, ou cette taille si elle est plus grande ; un fichier d’annotations est lu par morceaux et peut être de toute taille.</translation>
    </message>
    <message>
        <source>Tables: the date&apos;s column (default: &apos;date&apos;): ISO, DD/MM/YYYY, &apos;5 December 2022&apos;, &apos;5 décembre 2022&apos; or RFC 2822.</source>
        <translation>Tableaux : la colonne de la date (par défaut : « date ») : ISO, JJ/MM/AAAA, « 5 décembre 2022 », « 5 December 2022 » ou RFC 2822.</translation>
    </message>
    <message>
        <source>Tables: how numeric dates such as 01/02/2024 read, dmy or mdy (default: dmy; a day over 12 reads one way whatever is chosen).</source>
        <translation>Tableaux : comment lire les dates numériques comme 01/02/2024, dmy (jour, mois, année) ou mdy (mois, jour, année) (par défaut : dmy ; un jour supérieur à 12 se lit d’une seule façon quel que soit le choix).</translation>
    </message>
    <message>
        <source>unknown date order &apos;%1&apos; (use dmy or mdy)</source>
        <translation>ordre de date inconnu « %1 » (utilisez dmy ou mdy)</translation>
    </message>
    <message>
        <source>Record NAME as the annotator (default: the name chosen in the window&apos;s Preferences, else $USER).</source>
        <translation>Enregistrer NOM comme annotateur (par défaut : le nom choisi dans les préférences de la fenêtre, sinon $USER).</translation>
    </message>
    <message>
        <source>PROJECT --format csv|articles|entities|jsonl|brat|conll|texts [--out PATH] [--bom] [--excel-safe] [--delimiter comma|semicolon|tab] [--context N] [--articles ID,...] [--status STATUS,...] [--from DATE] [--to DATE] [--labels LABEL,...]</source>
        <translation>PROJET --format csv|articles|entities|jsonl|brat|conll|texts [--out CHEMIN] [--bom] [--excel-safe] [--delimiter comma|semicolon|tab] [--context N] [--articles ID,...] [--status ÉTAT,...] [--from DATE] [--to DATE] [--labels ÉTIQUETTE,...]</translation>
    </message>
    <message>
        <source>CSV: code points of text on each side of a span in the left_context and right_context columns (default 40, at most %1).</source>
        <translation>CSV : points de code de texte de chaque côté d’un passage dans les colonnes left_context et right_context (40 par défaut, au plus %1).</translation>
    </message>
    <message>
        <source>--context wants a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--context attend un nombre entier de 0 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>PROJECT ANNOTATION_ID LABEL [--json]</source>
        <translation>PROJET ID_ANNOTATION ÉTIQUETTE [--json]</translation>
    </message>
    <message>
        <source>The mention, by the id the exports give it.</source>
        <translation>La mention, par l’identifiant que lui donnent les exports.</translation>
    </message>
    <message>
        <source>A label name, e.g. LOC.</source>
        <translation>Un nom d’étiquette, par exemple LOC.</translation>
    </message>
    <message>
        <source>Print the changed annotation as JSON.</source>
        <translation>Afficher l’annotation modifiée en JSON.</translation>
    </message>
    <message>
        <source>Give a mention another label of the project. Its span, entity and note stay; the change is stamped now.</source>
        <translation>Donner à une mention une autre étiquette du projet. Son passage, son entité et sa note restent ; la modification est datée de maintenant.</translation>
    </message>
    <message>
        <source>ANNOTATION_ID must be an annotation id, not &apos;%1&apos;</source>
        <translation>ID_ANNOTATION doit être un identifiant d’annotation, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no annotation with id %2
</source>
        <translation>%1 : aucune annotation d’identifiant %2
</translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;; nothing changed
</source>
        <translation>%1 : aucune étiquette nommée « %2 » ; rien n’a changé
</translation>
    </message>
    <message>
        <source>%1: nothing changed: %2
</source>
        <translation>%1 : rien n’a changé : %2
</translation>
    </message>
    <message>
        <source>PROJECT ID... [--quotes]</source>
        <translation>PROJET ID... [--quotes]</translation>
    </message>
    <message>
        <source>Annotations, by the ids the exports give them.</source>
        <translation>Des annotations, par les identifiants que leur donnent les exports.</translation>
    </message>
    <message>
        <source>The ids are quote ids (the rows of kind &apos;quote&apos; in the CSV; &apos;quotes&apos; lists them).</source>
        <translation>Les identifiants sont ceux de citations (les lignes de type « quote » du CSV ; « quotes » les liste).</translation>
    </message>
    <message>
        <source>Delete mentions (or quotes, with --quotes). Ids that do not exist are reported and the others deleted; the mentions go in one transaction.</source>
        <translation>Supprimer des mentions (ou des citations, avec --quotes). Les identifiants qui n’existent pas sont signalés et les autres supprimés ; les mentions partent en une seule transaction.</translation>
    </message>
    <message>
        <source>ID must be an id, not &apos;%1&apos;</source>
        <translation>ID doit être un identifiant, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no quote with id %2
</source>
        <translation>%1 : aucune citation d’identifiant %2
</translation>
    </message>
    <message>
        <source>%1: delete failed: %2
</source>
        <translation>%1 : la suppression a échoué : %2
</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n quote(s)
</source>
        <translation>
            <numerusform>%n citation supprimée
</numerusform>
            <numerusform>%n citations supprimées
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n annotation(s)
</source>
        <translation>
            <numerusform>%n annotation supprimée
</numerusform>
            <numerusform>%n annotations supprimées
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROJECT [--status STATUS] [--from DATE] [--to DATE] [--title TEXT] [--source TEXT] [--with LABEL | --without LABEL] [--annotator NAME] [--json]</source>
        <translation>PROJET [--status ÉTAT] [--from DATE] [--to DATE] [--title TEXTE] [--source TEXTE] [--with ÉTIQUETTE | --without ÉTIQUETTE] [--annotator NOM] [--json]</translation>
    </message>
    <message>
        <source>Only articles with this status: todo, in-progress or done.</source>
        <translation>Seulement les articles dans cet état : todo (à faire), in-progress (en cours) ou done (terminé).</translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); a partial date counts when its period meets the range; undated articles are left out.</source>
        <translation>Seulement les articles datés du DATE ou après (AAAA, AAAA-MM ou AAAA-MM-JJ) ; une date partielle compte quand sa période rencontre l’intervalle ; les articles sans date sont exclus.</translation>
    </message>
    <message>
        <source>Only articles whose title holds TEXT, ignoring case and accents.</source>
        <translation>Seulement les articles dont le titre contient TEXTE, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>Only articles whose source holds TEXT, ignoring case and accents.</source>
        <translation>Seulement les articles dont la source contient TEXTE, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>Only articles with a mention of LABEL (QUOTE: with quotes).</source>
        <translation>Seulement les articles avec une mention de ÉTIQUETTE (QUOTE : avec des citations).</translation>
    </message>
    <message>
        <source>Only articles without a mention of LABEL (QUOTE: without quotes).</source>
        <translation>Seulement les articles sans mention de ÉTIQUETTE (QUOTE : sans citation).</translation>
    </message>
    <message>
        <source>Only articles with a mention by NAME.</source>
        <translation>Seulement les articles avec une mention de l’annotateur NOM.</translation>
    </message>
    <message>
        <source>List the articles: id, title, date, source, encoding, length in characters (code points), mentions and quotes; the filters are the window&apos;s worklist filters, and combine.</source>
        <translation>Lister les articles : identifiant, titre, date, source, encodage, longueur en caractères (points de code), mentions et citations ; les filtres sont ceux de la liste de travail de la fenêtre, et se combinent.</translation>
    </message>
    <message>
        <source>--with and --without cannot be given together</source>
        <translation>--with et --without ne peuvent pas être donnés ensemble</translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;
</source>
        <translation>%1 : aucune étiquette nommée « %2 »
</translation>
    </message>
    <message>
        <source>PROJECT [--annotators A,B,...] [--labels PER,...] [--articles IDS] [--json] [--csv FILE [--delimiter SEPARATOR]]</source>
        <translation>PROJET [--annotators A,B,...] [--labels PER,...] [--articles IDS] [--json] [--csv FICHIER [--delimiter SÉPARATEUR]]</translation>
    </message>
    <message>
        <source>The coders to compare, by the names their mentions are signed with (at least two, separated by commas). Default: everyone who signed a mention.</source>
        <translation>Les codeurs à comparer, par le nom dont leurs mentions sont signées (au moins deux, séparés par des virgules). Par défaut : tous ceux qui ont signé une mention.</translation>
    </message>
    <message>
        <source>Only these labels (names separated by commas). Default: every label the coders used.</source>
        <translation>Seulement ces étiquettes (noms séparés par des virgules). Par défaut : toutes celles que les codeurs ont utilisées.</translation>
    </message>
    <message>
        <source>Compare over these articles (ids separated by commas). Default: the articles in which every coder made at least one mention.</source>
        <translation>Comparer sur ces articles (identifiants séparés par des virgules). Par défaut : les articles où chaque codeur a fait au moins une mention.</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>Afficher les chiffres en JSON.</translation>
    </message>
    <message>
        <source>Also write the table as CSV to FILE (replaced only once complete).</source>
        <translation>Écrire aussi le tableau en CSV dans FICHIER (remplacé seulement une fois complet).</translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon (then with decimal commas) or tab.</source>
        <translation>CSV : le séparateur de champs : comma (virgule, par défaut), semicolon (point-virgule, avec alors des virgules décimales) ou tab (tabulation).</translation>
    </message>
    <message>
        <source>Measure how far the coders agree, for every pair of them and for all together, per label and overall: F1 of exact spans (f1_exact), F1 of spans that overlap (f1_overlap), kappa over word tokens (kappa_tokens), Krippendorff&apos;s unitizing alpha over the characters (alpha_u), and Krippendorff&apos;s nominal alpha over the speakers of the quotes they both marked. Only accepted mentions count, not suggestions.</source>
        <translation>Mesurer l’accord entre les codeurs, pour chaque paire et pour tous ensemble, par étiquette et au total : F1 des passages identiques (f1_exact), F1 des passages qui se chevauchent (f1_overlap), kappa sur les mots (kappa_tokens), alpha de Krippendorff pour le découpage, sur les caractères (alpha_u), et alpha nominal de Krippendorff sur les locuteurs des citations marquées par les deux. Seules les mentions acceptées comptent, pas les suggestions.</translation>
    </message>
    <message>
        <source>%1: left out: %2
</source>
        <translation>%1 : laissé de côté : %2
</translation>
    </message>
    <message>
        <source>%1: no article holds mentions by every one of %2; name the articles with --articles
</source>
        <translation>%1 : aucun article ne contient de mentions de chacun de %2 ; indiquez les articles avec --articles
</translation>
    </message>
    <message>
        <source>%1: none of the articles given could be read
</source>
        <translation>%1 : aucun des articles indiqués n’a pu être lu
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation>%1 : écriture impossible : %2
</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Annotate news articles from the command line, in the same project files as
the Marginalia window.

Commands:
  init      Create a new, empty project file
  import    Import articles (.txt, CSV, JSONL), annotations or brat folders
  list      List the project&apos;s articles
  annotate  Tag a span of an article with a label
  export    Export annotations (CSV, JSONL, brat, CoNLL), articles, entities or texts
  quotes    List the quotes, detecting them again if asked
  entities  List the entities with their aliases and mention counts
  tag-all   Tag every whole-word occurrence of a text with a label
  relabel   Give an annotation another label
  delete    Delete annotations or quotes by id
  agreement Measure how far the coders agree (F1, kappa, alpha)
  backup    Back up the project (safe while it is open)
  backups   List the project&apos;s backups with their dates and counts
  restore   Restore a backup into a new project file
  check     Check every page of the project file for damage

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.

Offsets are Unicode code points into the stored article text, half-open
[start, end), as in Python&apos;s text[start:end].

Exit status: 0 when everything succeeded; 1 when something was rejected or
failed (the rest is done, one line per problem on standard error); 2 for a
usage error.
</source>
        <translation>Usage : %1 COMMANDE [OPTIONS] [ARGUMENTS]

Annoter des articles de presse en ligne de commande, dans les mêmes fichiers de
projet que la fenêtre de Marginalia.

Commandes :
  init      Créer un fichier de projet vide
  import    Importer des articles (.txt, CSV, JSONL), des annotations ou des dossiers brat
  list      Lister les articles du projet
  annotate  Étiqueter un passage d’un article
  export    Exporter les annotations (CSV, JSONL, brat, CoNLL), les articles, les entités ou les textes
  quotes    Lister les citations, en les détectant à nouveau si demandé
  entities  Lister les entités avec leurs alias et leur nombre de mentions
  tag-all   Étiqueter chaque occurrence en mots entiers d’un texte
  relabel   Donner une autre étiquette à une annotation
  delete    Supprimer des annotations ou des citations par identifiant
  agreement Mesurer l’accord entre les codeurs (F1, kappa, alpha)
  backup    Sauvegarder le projet (sans risque pendant qu’il est ouvert)
  backups   Lister les sauvegardes du projet avec leurs dates et leurs nombres
  restore   Restaurer une sauvegarde dans un nouveau fichier de projet
  check     Vérifier chaque page du fichier de projet

Lancez « %1 COMMANDE --help » pour les options d’une commande.

Les positions sont des points de code Unicode dans le texte stocké de l’article,
intervalle semi-ouvert [début, fin), comme text[start:end] en Python.

Code de sortie : 0 si tout a réussi ; 1 si quelque chose a été refusé ou a échoué
(le reste est fait, une ligne par problème sur la sortie d’erreur) ; 2 pour une
erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>--annotators needs at least two different names</source>
        <translation>--annotators demande au moins deux noms différents</translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message numerus="yes">
        <source>article %1: %n span(s) not in the CoNLL output, which has one tag a token: %2</source>
        <translation>
            <numerusform>article %1 : %n passage absent de la sortie CoNLL, qui n’a qu’une étiquette par token : %2</numerusform>
            <numerusform>article %1 : %n passages absents de la sortie CoNLL, qui n’a qu’une étiquette par token : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the CoNLL file (%1)</source>
        <translation>impossible d’écrire le fichier CoNLL (%1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>un champ entre guillemets ouvert ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>a quote inside a quoted field must be doubled (&quot;&quot;); found &apos;%1&apos; after a closing quote on line %2</source>
        <translation>un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;) ; « %1 » trouvé après un guillemet fermant à la ligne %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>cannot close the copy</source>
        <translation>impossible de fermer la copie</translation>
    </message>
    <message>
        <source>cannot write the copy to disk</source>
        <translation>impossible d’écrire la copie sur le disque</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>cannot rename the finished copy</source>
        <translation>impossible de renommer la copie terminée</translation>
    </message>
    <message>
        <source>%1: cannot write the copy (%2)</source>
        <translation>%1 : impossible d’écrire la copie (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be copied to %2 (%3)</source>
        <translation>%1 : impossible de le copier dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
</context>
<context>
    <name>EntitiesCsvExporter</name>
    <message>
        <source>entity %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation>impossible d’écrire le CSV (%1)</translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <source>New Entity %1</source>
        <translation>Nouvelle entité %1</translation>
    </message>
    <message>
        <source>Edit Entity %1</source>
        <translation>Modifier l’entité %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Delete Entity %1</source>
        <translation>Supprimer l’entité %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entities</source>
        <translation>
            <numerusform>Supprimer %n entité</numerusform>
            <numerusform>Supprimer %n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lier à %1</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Annotations (CSV, one row per annotation)</source>
        <translation>Annotations (CSV, une ligne par annotation)</translation>
    </message>
    <message>
        <source>Articles (CSV, one row per article with counts)</source>
        <translation>Articles (CSV, une ligne par article avec les décomptes)</translation>
    </message>
    <message>
        <source>Entities (CSV, one row per entity)</source>
        <translation>Entités (CSV, une ligne par entité)</translation>
    </message>
    <message>
        <source>JSON Lines (one article a line with its text and spans)</source>
        <translation>JSON Lines (un article par ligne avec son texte et ses passages)</translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann files)</source>
        <translation>brat standoff (un dossier de fichiers .txt et .ann)</translation>
    </message>
    <message>
        <source>CoNLL BIO (one token a line)</source>
        <translation>CoNLL BIO (un token par ligne)</translation>
    </message>
    <message>
        <source>Texts (a folder of .txt files)</source>
        <translation>Textes (un dossier de fichiers .txt)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln text file(s)</source>
        <translation>
            <numerusform>%Ln fichier texte</numerusform>
            <numerusform>%Ln fichiers texte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (utilisez AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is empty: it starts after it ends</source>
        <translation>l’intervalle du %1 au %2 est vide : il commence après sa fin</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the project has no label named &apos;%1&apos;</source>
        <translation>le projet n’a pas d’étiquette nommée « %1 »</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
    <message>
        <source>%1, column %2: a cell of %3 characters is longer than Excel&apos;s limit of %4 and will be cut there by Excel</source>
        <translation>%1, colonne %2 : une cellule de %3 caractères dépasse la limite d’Excel (%4) et Excel la coupera</translation>
    </message>
</context>
<context>
    <name>InputFileCheck</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>not a regular file: a link to a folder</source>
        <translation>pas un fichier ordinaire : un lien vers un dossier</translation>
    </message>
    <message>
        <source>not a regular file: a folder</source>
        <translation>pas un fichier ordinaire : un dossier</translation>
    </message>
    <message>
        <source>not a regular file: a link to a named pipe</source>
        <translation>pas un fichier ordinaire : un lien vers un tube nommé</translation>
    </message>
    <message>
        <source>not a regular file: a named pipe</source>
        <translation>pas un fichier ordinaire : un tube nommé</translation>
    </message>
    <message>
        <source>not a regular file: a link to a device</source>
        <translation>pas un fichier ordinaire : un lien vers un périphérique</translation>
    </message>
    <message>
        <source>not a regular file: a device</source>
        <translation>pas un fichier ordinaire : un périphérique</translation>
    </message>
    <message>
        <source>not a regular file: a link to a socket</source>
        <translation>pas un fichier ordinaire : un lien vers une socket</translation>
    </message>
    <message>
        <source>not a regular file: a socket</source>
        <translation>pas un fichier ordinaire : une socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un lien vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>too large (%1, over the import limit of %2)</source>
        <translation>trop volumineux (%1, au-delà de la limite d’import de %2)</translation>
    </message>
</context>
<context>
    <name>InputFolder</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8, so it cannot be opened; rename it</source>
        <translation>le nom n’est pas en UTF-8 valide, le fichier ne peut être ouvert ; renommez-le</translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the JSONL (%1)</source>
        <translation>impossible d’écrire le JSONL (%1)</translation>
    </message>
</context>
<context>
    <name>LabelCommands</name>
    <message>
        <source>Add Label %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <source>Change Label %1</source>
        <translation>Modifier l’étiquette %1</translation>
    </message>
    <message>
        <source>Delete Label %1</source>
        <translation>Supprimer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Codeurs :</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Compared over the articles in which every coder ticked made at least one mention. Only accepted mentions count, not suggestions.</source>
        <translation>Comparaison sur les articles où chaque codeur coché a fait au moins une mention. Seules les mentions acceptées comptent, pas les suggestions.</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacts</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 exact</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauch.</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 chevauch.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>κ tokens</source>
        <translation>κ mots</translation>
    </message>
    <message>
        <source>α_u</source>
        <translation>α_u</translation>
    </message>
    <message>
        <source>Spans compared: both coders&apos; together (for all coders, summed over the pairs).</source>
        <translation>Passages comparés : ceux des deux codeurs ensemble (pour tous les codeurs, additionnés sur les paires).</translation>
    </message>
    <message>
        <source>Spans with the same label, start and end, matched one to one.</source>
        <translation>Passages de même étiquette, même début et même fin, appariés un à un.</translation>
    </message>
    <message>
        <source>2 × exact matches ÷ spans: 1 when every span has its twin.</source>
        <translation>2 × correspondances exactes ÷ passages : 1 quand chaque passage a son jumeau.</translation>
    </message>
    <message>
        <source>Spans with the same label that share at least one character, matched one to one so that there are as many matches as possible.</source>
        <translation>Passages de même étiquette qui partagent au moins un caractère, appariés un à un de façon à avoir le plus de correspondances possible.</translation>
    </message>
    <message>
        <source>2 × overlap matches ÷ spans: forgives boundaries that differ.</source>
        <translation>2 × correspondances par chevauchement ÷ passages : pardonne les limites qui diffèrent.</translation>
    </message>
    <message>
        <source>Word tokens of the articles compared.</source>
        <translation>Mots des articles comparés.</translation>
    </message>
    <message>
        <source>Tokens the coders gave different labels (or a label and none).</source>
        <translation>Mots auxquels les codeurs ont donné des étiquettes différentes (ou une étiquette et aucune).</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa over the tokens (Fleiss&apos; kappa for all coders): agreement beyond chance, 1 perfect, 0 as chance would have it.</source>
        <translation>Kappa de Cohen sur les mots (kappa de Fleiss pour tous les codeurs) : l’accord au-delà du hasard, 1 parfait, 0 comme le hasard l’aurait voulu.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha over the characters: how far the coders cut the same stretches of text, with chance taken out.</source>
        <translation>Alpha de Krippendorff pour le découpage, sur les caractères : jusqu’où les codeurs découpent les mêmes passages du texte, hasard retiré.</translation>
    </message>
    <message>
        <source>C&amp;ompute</source>
        <translation>Ca&amp;lculer</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs mentions signed by at least two coders; this project has mentions by %n coder(s).</source>
        <translation>
            <numerusform>L’accord demande des mentions signées par au moins deux codeurs ; ce projet a des mentions de %n codeur.</numerusform>
            <numerusform>L’accord demande des mentions signées par au moins deux codeurs ; ce projet a des mentions de %n codeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared, %1 word tokens.</source>
        <translation>
            <numerusform>%n article comparé, %1 mots.</numerusform>
            <numerusform>%n articles comparés, %1 mots.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article holds mentions by every coder ticked: there is nothing to compare.</source>
        <translation>Aucun article ne contient de mentions de chaque codeur coché : il n’y a rien à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged article(s) left out.</source>
        <translation>
            <numerusform>%n article endommagé laissé de côté.</numerusform>
            <numerusform>%n articles endommagés laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>(all labels)</source>
        <translation>(toutes étiquettes)</translation>
    </message>
    <message>
        <source>Speakers: no quote was marked by two of the coders or more.</source>
        <translation>Locuteurs : aucune citation n’a été marquée par deux des codeurs ou plus.</translation>
    </message>
    <message numerus="yes">
        <source>%1: α %2 over %n quote(s)</source>
        <translation>
            <numerusform>%1 : α %2 sur %n citation</numerusform>
            <numerusform>%1 : α %2 sur %n citations</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers (Krippendorff&apos;s nominal alpha over the quotes two coders or more marked): %1</source>
        <translation>Locuteurs (alpha nominal de Krippendorff sur les citations marquées par deux codeurs ou plus) : %1</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Exporter l’accord</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Entity / Speaker</source>
        <translation>Entité / locuteur</translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotatorPrompt</name>
    <message>
        <source>Welcome to Marginalia</source>
        <translation>Bienvenue dans Marginalia</translation>
    </message>
    <message>
        <source>What name should your annotations carry? Teams compare coders by this name; you can change it in Edit ▸ Preferences.</source>
        <translation>Quel nom vos annotations doivent-elles porter ? Les équipes comparent les codeurs par ce nom ; vous pourrez le changer dans Édition ▸ Préférences.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleColumnMappingDialog</name>
    <message>
        <source>Import Articles from %1</source>
        <translation>Importer des articles depuis %1</translation>
    </message>
    <message>
        <source>Found from the header</source>
        <translation>Déduit de l’en-tête</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>I&amp;dentifiant :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>%1 — CSV in %2, fields separated by %3</source>
        <translation>%1 — CSV en %2, champs séparés par %3</translation>
    </message>
    <message>
        <source>%1 — JSON lines in %2</source>
        <translation>%1 — lignes JSON en %2</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisissez une colonne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Jour d’abord (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mois d’abord (12/31/2024)</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Dates numériques</translation>
    </message>
    <message>
        <source>&amp;Numeric dates:</source>
        <translation>Dates &amp;numériques :</translation>
    </message>
    <message>
        <source>Rows without text are left out. Without a title, the text&apos;s first line is the title. Dates may be ISO (2024-12-31, 2024-12), numeric (31/12/2024, read as chosen above), written out (31 décembre 2024, December 31, 2024) or as in RSS; a date not understood is a warning and the article is kept without it. Without a source, the file and the row&apos;s id (or line) are the source.</source>
        <translation>Les lignes sans texte sont écartées. Sans titre, la première ligne du texte sert de titre. Les dates peuvent être ISO (2024-12-31, 2024-12), numériques (31/12/2024, lues comme choisi ci-dessus), écrites en toutes lettres (31 décembre 2024, December 31, 2024) ou comme dans les flux RSS ; une date non comprise donne un avertissement et l’article est gardé sans elle. Sans source, le fichier et l’identifiant (ou la ligne) de la ligne servent de source.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>Dated to</source>
        <translation>Daté jusqu’au</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Mentions:</source>
        <translation>&amp;Mentions :</translation>
    </message>
    <message>
        <source>Anno&amp;tator:</source>
        <translation>Annotate&amp;ur :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Sans %1</translation>
    </message>
    <message>
        <source>With quotes</source>
        <translation>Avec citations</translation>
    </message>
    <message>
        <source>Without quotes</source>
        <translation>Sans citation</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(non signé)</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 articles sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleListModel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Quote, speaker unknown</source>
        <translation>Citation, locuteur inconnu</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>Citation de %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::BackupActions</name>
    <message>
        <source>The backup was restored into %1 (%2, %3).</source>
        <translation>La sauvegarde a été restaurée dans %1 (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>It was upgraded from schema version %1.</source>
        <translation>Il a été mis à niveau depuis la version de schéma %1.</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Open the restored project now? The open project is closed; nothing in it changes.</source>
        <translation>Ouvrir maintenant le projet restauré ? Le projet ouvert est fermé ; rien n’y change.</translation>
    </message>
    <message>
        <source>&amp;Open Restored Project</source>
        <translation>&amp;Ouvrir le projet restauré</translation>
    </message>
    <message>
        <source>&amp;Keep This Project Open</source>
        <translation>&amp;Garder ce projet ouvert</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntitiesPanel</name>
    <message>
        <source>Filter by name, alias or ID</source>
        <translation>Filtrer par nom, alias ou identifiant</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Nouvelle entité…</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;Modifier l’entité…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation>F&amp;usionner des entités…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>&amp;Supprimer l’entité…</translation>
    </message>
    <message>
        <source>&amp;Show Mentions…</source>
        <translation>&amp;Afficher les mentions…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Delete the entity “%1”?</source>
        <translation>Supprimer l’entité « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities?</source>
        <translation>
            <numerusform>Supprimer %n entité ?</numerusform>
            <numerusform>Supprimer %n entités ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to it.</source>
        <translation>Aucune mention n’y est liée.</translation>
    </message>
    <message>
        <source>No mention is linked to them.</source>
        <translation>Aucune mention n’y est liée.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) will stay, unlinked.</source>
        <translation>
            <numerusform>%n mention restera, sans lien.</numerusform>
            <numerusform>%n mentions resteront, sans lien.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Delete Entities</source>
        <translation>Supprimer des entités</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityDialog</name>
    <message>
        <source>New Entity</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Modifier l’entité</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>e.g. a Wikidata QID such as Q7747</source>
        <translation>p. ex. un QID Wikidata comme Q7747</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Étiquette :</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>Identifiant e&amp;xterne :</translation>
    </message>
    <message>
        <source>This does not look like a Wikidata QID (Q followed by digits, as in Q7747). It will be stored as typed.</source>
        <translation>Ceci ne ressemble pas à un QID Wikidata (Q suivi de chiffres, comme Q7747). Il sera enregistré tel quel.</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityLinkDialog</name>
    <message>
        <source>Link to Entity</source>
        <translation>Lier à une entité</translation>
    </message>
    <message>
        <source>A name or alias; empty to unlink</source>
        <translation>Un nom ou un alias ; vide pour délier</translation>
    </message>
    <message>
        <source>&amp;Entity (an existing name or alias, or a new name):</source>
        <translation>&amp;Entité (un nom ou alias existant, ou un nouveau nom) :</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>New %1 entity “%2”</source>
        <translation>Nouvelle entité %1 « %2 »</translation>
    </message>
    <message>
        <source>Stays linked to %1 (%2).</source>
        <translation>Reste liée à %1 (%2).</translation>
    </message>
    <message>
        <source>Links to %1 (%2).</source>
        <translation>Lie à %1 (%2).</translation>
    </message>
    <message>
        <source>Links to %1 (%2) through its alias “%3”.</source>
        <translation>Lie à %1 (%2) par son alias « %3 ».</translation>
    </message>
    <message>
        <source>The mention becomes %1.</source>
        <translation>La mention devient %1.</translation>
    </message>
    <message>
        <source>Makes a new %1 entity “%2” and links to it.</source>
        <translation>Crée une nouvelle entité %1 « %2 » et la lie.</translation>
    </message>
    <message>
        <source>Unlinks the mention from %1.</source>
        <translation>Délie la mention de %1.</translation>
    </message>
    <message>
        <source>Leaves the mention unlinked.</source>
        <translation>Laisse la mention sans lien.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s entities…</source>
        <translation>Lecture des entités du projet…</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityListModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation>Aussi appelé : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Identifiant externe</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityMentionsDialog</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>This entity no longer exists.</source>
        <translation>Cette entité n’existe plus.</translation>
    </message>
    <message>
        <source>Mentions of %1</source>
        <translation>Mentions de %1</translation>
    </message>
    <message>
        <source>%1: %2 in %3.</source>
        <translation>%1 : %2 dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premières sont listées.</translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityMergeDialog</name>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>Merge %1 with:</source>
        <translation>Fusionner %1 avec :</translation>
    </message>
    <message>
        <source>Filter by name, alias or ID</source>
        <translation>Filtrer par nom, alias ou identifiant</translation>
    </message>
    <message>
        <source>Which one is kept?</source>
        <translation>Laquelle est conservée ?</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2, %n mention(s))</source>
        <translation>
            <numerusform>« %1 » (%2, %n mention)</numerusform>
            <numerusform>« %1 » (%2, %n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conserver l’autre</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Une entité ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Pick the entity to merge with.</source>
        <translation>Choisissez l’entité avec laquelle fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be deleted. Its %n mention(s) and the quotes it speaks are linked to “%2”, and its name and aliases become aliases of “%2”.</source>
        <translation>
            <numerusform>« %1 » sera supprimée. Sa %n mention et les citations dont elle est l’auteur sont liées à « %2 », et son nom et ses alias deviennent des alias de « %2 ».</numerusform>
            <numerusform>« %1 » sera supprimée. Ses %n mentions et les citations dont elle est l’auteur sont liées à « %2 », et son nom et ses alias deviennent des alias de « %2 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Its mentions become %1 (they are %2 now).</source>
        <translation>Ses mentions deviennent %1 (elles sont %2 maintenant).</translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation>&amp;Tous les articles</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected in the list (%n)</source>
        <translation>
            <numerusform>&amp;Sélectionné dans la liste (%n)</numerusform>
            <numerusform>&amp;Sélectionnés dans la liste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By status and date:</source>
        <translation>&amp;Par état et par date :</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Byte-order &amp;mark, so Excel reads UTF-8</source>
        <translation>Indicateur d’ordre des octets (BO&amp;M), pour qu’Excel lise l’UTF-8</translation>
    </message>
    <message>
        <source>&amp;Excel-safe: neutralise cells Excel would run as formulas</source>
        <translation>Sûr pour &amp;Excel : neutraliser les cellules qu’Excel exécuterait comme formules</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Écrire dans :</translation>
    </message>
    <message>
        <source>from YYYY[-MM[-DD]]</source>
        <translation>du AAAA[-MM[-JJ]]</translation>
    </message>
    <message>
        <source>to YYYY[-MM[-DD]]</source>
        <translation>au AAAA[-MM[-JJ]]</translation>
    </message>
    <message>
        <source>An article dated only by month or year is kept when that period meets the range; articles without a date are left out.</source>
        <translation>Un article daté seulement du mois ou de l’année est retenu quand cette période rencontre l’intervalle ; les articles sans date sont exclus.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for French Excel</source>
        <translation>Point-virgule ( ; ), pour Excel en français</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Choisissez où écrire l’export.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Cochez au moins un état.</translation>
    </message>
    <message>
        <source>Tick at least one label.</source>
        <translation>Cochez au moins une étiquette.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrits dans %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed and nothing was written: %1</source>
        <translation>L’export a échoué et rien n’a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertissement :</numerusform>
            <numerusform>%n avertissements :</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 already holds files. Files of the same names will be replaced; the others are left alone.</source>
        <translation>Le dossier %1 contient déjà des fichiers. Les fichiers de même nom seront remplacés ; les autres restent intacts.</translation>
    </message>
    <message>
        <source>%1 already exists. Replacing it overwrites what it holds.</source>
        <translation>%1 existe déjà. Le remplacer écrase son contenu.</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Remplacer ?</translation>
    </message>
    <message>
        <source>&amp;Write into It</source>
        <translation>&amp;Écrire dedans</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s own file: choose another name.</source>
        <translation>%1 est le fichier du projet lui-même : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Marginalia::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Chercher dans l’article</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>é≠e</source>
        <translation>é≠e</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Respecter les accents</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportProblemsDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>&amp;Files left out:</source>
        <translation>&amp;Fichiers non importés :</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the list to the clipboard, one file per line</source>
        <translation>Copier la liste dans le presse-papiers, un fichier par ligne</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation>L’import a été annulé ; le projet est tel qu’il était avant.</translation>
    </message>
    <message>
        <source>The import failed; the project is as it was before.</source>
        <translation>L’import a échoué ; le projet est tel qu’il était avant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln article importé</numerusform>
            <numerusform>%Ln articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) rejected</source>
        <translation>
            <numerusform>%Ln fichier refusé</numerusform>
            <numerusform>%Ln fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln doublon ignoré</numerusform>
            <numerusform>%Ln doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the parts of an import summary</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) and quote(s) imported</source>
        <translation>
            <numerusform>%Ln annotation ou citation importée</numerusform>
            <numerusform>%Ln annotations et citations importées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancelling; removing the articles this import stored…</source>
        <translation>Annulation ; suppression des articles enregistrés par cet import…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %L1 of %Ln file(s)</source>
        <translation>
            <numerusform>Import en cours… %L1 sur %Ln fichier</numerusform>
            <numerusform>Import en cours… %L1 sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %L1%</source>
        <translation>Import… %L1 %</translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelEditorDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Hotkey…</source>
        <translation>&amp;Raccourci…</translation>
    </message>
    <message>
        <source>D&amp;escription…</source>
        <translation>D&amp;escription…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1   (key %2)</source>
        <translation>%1   (touche %2)</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Hotkey of %1</source>
        <translation>Raccourci de %1</translation>
    </message>
    <message>
        <source>One key (empty for none):</source>
        <translation>Une touche (vide pour aucune) :</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Description de %1</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1 and its %n annotation(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’étiquette %1 et son annotation (%n) ? Annuler la fait revenir.</numerusform>
            <numerusform>Supprimer l’étiquette %1 et ses %n annotations ? Annuler les fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelPalette</name>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Link to Entity…</source>
        <translation>&amp;Lier à une entité…</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Widen End by a Word</source>
        <translation>Étendre la fin d’un mot</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Narrow End by a Word</source>
        <translation>Réduire la fin d’un mot</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Widen Start by a Word</source>
        <translation>Étendre le début d’un mot</translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <source>Narrow Start by a Word</source>
        <translation>Réduire le début d’un mot</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation>Annotation &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next Article &amp;To Do</source>
        <translation>Prochain article &amp;à faire</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Mark To &amp;Do</source>
        <translation>Marquer à &amp;faire</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Mark &amp;In Progress</source>
        <translation>Marquer &amp;en cours</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation>Marquer &amp;terminé</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Filter Articles</source>
        <translation>&amp;Filtrer les articles</translation>
    </message>
    <message>
        <source>Back to the &amp;Text</source>
        <translation>Retour au &amp;texte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>Article %1 sur %2</translation>
    </message>
    <message>
        <source>Upgraded from schema version %1; the old file was kept as %2</source>
        <translation>Mis à niveau depuis le schéma %1 ; l’ancien fichier est conservé sous %2</translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation>Réétiqueter comme %1</translation>
    </message>
    <message>
        <source>Note on this %1 annotation:</source>
        <translation>Note sur cette annotation %1 :</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Widen Annotation</source>
        <translation>Étendre l’annotation</translation>
    </message>
    <message>
        <source>Narrow Annotation</source>
        <translation>Réduire l’annotation</translation>
    </message>
    <message>
        <source>Every article is done.</source>
        <translation>Tous les articles sont terminés.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write the sample article</source>
        <translation>%1 : impossible d’écrire l’article d’exemple</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation or Quote</source>
        <translation>&amp;Supprimer l’annotation ou la citation</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation>Marquer la sélection comme &amp;citation</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation>Choisir le &amp;locuteur…</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Detect Quotes in This &amp;Article</source>
        <translation>Détecter les citations dans cet &amp;article</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation>Détecter les citations dans tous les articles</translation>
    </message>
    <message>
        <source>Select the words of the quote first.</source>
        <translation>Sélectionnez d’abord les mots de la citation.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Who said it (a person in the article, an entity, or any name):</source>
        <translation>Qui l’a dit (une personne de l’article, une entité, ou un nom) :</translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation>Effacer le locuteur</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Locuteur %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Import &amp;brat Folder…</source>
        <translation>Importer un dossier &amp;brat…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Chercher dans l’article…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>Chercher dans le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Tag All in This Article</source>
        <translation>&amp;Tout étiqueter dans cet article</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Tag All in the &amp;Project</source>
        <translation>Tout étiqueter dans le &amp;projet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Tag All Ignores &amp;Case and Accents</source>
        <translation>Tout étiqueter ignore la &amp;casse et les accents</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Rejeter la suggestion</translation>
    </message>
    <message>
        <source>Accept All Suggestions in This Article</source>
        <translation>Accepter toutes les suggestions de cet article</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Names Match Ignoring &amp;Accents</source>
        <translation>Les noms se reconnaissent sans tenir compte des &amp;accents</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation>Panneau des &amp;entités</translation>
    </message>
    <message>
        <source>E&amp;ntities</source>
        <translation>En&amp;tités</translation>
    </message>
    <message>
        <source>&amp;Filter Entities</source>
        <translation>&amp;Filtrer les entités</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source> · %n suggestion(s)</source>
        <translation>
            <numerusform> · %n suggestion</numerusform>
            <numerusform> · %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>The search matches this article&apos;s title, not its text.</source>
        <translation>La recherche trouve le titre de cet article, pas son texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this article; F3 and Shift+F3 go from one to the next.</source>
        <translation>
            <numerusform>%n occurrence dans cet article ; F3 et Maj+F3 passent de l’une à l’autre.</numerusform>
            <numerusform>%n occurrences dans cet article ; F3 et Maj+F3 passent de l’une à l’autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.csv *.tsv *.jsonl *.ndjson);;Text articles (*.txt);;Tables of articles (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Articles (*.txt *.csv *.tsv *.jsonl *.ndjson);;Articles en texte (*.txt);;Tables d’articles (*.csv *.tsv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import brat Folder</source>
        <translation>Importer un dossier brat</translation>
    </message>
    <message>
        <source>CSV and JSONL files are imported one at a time, on their own; left out: %1</source>
        <translation>Les fichiers CSV et JSONL s’importent un par un, seuls ; laissés de côté : %1</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2) — Enter accepts, Backspace rejects</source>
        <translation>Suggestion : %1 (%2) — Entrée accepte, Retour arrière rejette</translation>
    </message>
    <message>
        <source>No suggestion in this article</source>
        <translation>Aucune suggestion dans cet article</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion acceptée</numerusform>
            <numerusform>%n suggestions acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>No other occurrence of &quot;%1&quot; to tag</source>
        <translation>Aucune autre occurrence de « %1 » à étiqueter</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n more occurrence(s) of &quot;%1&quot;</source>
        <translation>
            <numerusform>%n autre occurrence de « %1 » étiquetée</numerusform>
            <numerusform>%n autres occurrences de « %1 » étiquetées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>Importer des a&amp;nnotations…</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Marginalia exports (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Exports Marginalia (*.csv *.tsv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n More Label(s) in the Labels Panel…</source>
        <translation>
            <numerusform>%n autre étiquette dans le panneau Étiquettes…</numerusform>
            <numerusform>%n autres étiquettes dans le panneau Étiquettes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Checked: no damage found in the project file</source>
        <translation>Vérifié : aucun dommage dans le fichier de projet</translation>
    </message>
    <message>
        <source>The project file is damaged</source>
        <translation>Le fichier de projet est endommagé</translation>
    </message>
    <message>
        <source>It was closed so that nothing more is written to it. A backup can be restored into a new project file.</source>
        <translation>Il a été fermé pour que plus rien n’y soit écrit. Une sauvegarde peut être restaurée dans un nouveau fichier de projet.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Tag All cancelled: nothing was tagged</source>
        <translation>« Tout étiqueter » annulé : rien n’a été étiqueté</translation>
    </message>
    <message>
        <source>Quote detection stopped after %1 of %2 articles; %3.</source>
        <translation>Détection des citations arrêtée après %1 articles sur %2 ; %3.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing changed</source>
        <translation>%1 : annulé, rien n’a changé</translation>
    </message>
    <message>
        <source>%1: done before Cancel took effect</source>
        <translation>%1 : fait avant que l’annulation ne prenne effet</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match the filter</source>
        <translation>
            <numerusform>%n article correspond au filtre</numerusform>
            <numerusform>%n articles correspondent au filtre</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Labels Panel</source>
        <translation>Panneau des &amp;étiquettes</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>Panneau des &amp;annotations</translation>
    </message>
    <message>
        <source>&amp;Search Panel</source>
        <translation>Panneau de &amp;recherche</translation>
    </message>
    <message>
        <source>The selection holds no word to tag; hold Alt while selecting to tag exactly what you select</source>
        <translation>La sélection ne contient aucun mot à annoter ; maintenez Alt en sélectionnant pour annoter exactement ce que vous sélectionnez</translation>
    </message>
    <message>
        <source>Select the text to tag first, or click an annotation to relabel it</source>
        <translation>Sélectionnez d’abord le texte à annoter, ou cliquez sur une annotation pour changer son étiquette</translation>
    </message>
    <message>
        <source>%1 · %2, %3 here</source>
        <translation>%1 · %2, %3 ici</translation>
    </message>
    <message>
        <source> · %1, %2 in the project</source>
        <translation> · %1, %2 dans le projet</translation>
    </message>
    <message>
        <source>The project was changed in another window or program; it is shown as stored now.</source>
        <translation>Le projet a été modifié dans une autre fenêtre ou un autre programme ; il est affiché tel qu’il est enregistré maintenant.</translation>
    </message>
    <message>
        <source>The article shown was deleted in another window or program.</source>
        <translation>L’article affiché a été supprimé dans une autre fenêtre ou un autre programme.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.

Create one with File ▸ New Project…, open one with File ▸ Open Project…, or try the annotated example with File ▸ Open the Sample Project.</source>
        <translation>Aucun projet n’est ouvert.

Créez-en un avec Fichier ▸ Nouveau projet…, ouvrez-en un avec Fichier ▸ Ouvrir un projet…, ou essayez l’exemple annoté avec Fichier ▸ Ouvrir le projet d’exemple.</translation>
    </message>
    <message>
        <source>This project has no articles yet.

Import .txt, .csv or .jsonl files with File ▸ Import Files… (%1) or a whole folder with Import Folder… (%2), or drop files and folders on this window.

File ▸ Open the Sample Project shows an annotated example.</source>
        <translation>Ce projet n’a pas encore d’articles.

Importez des fichiers .txt, .csv ou .jsonl avec Fichier ▸ Importer des fichiers… (%1) ou un dossier entier avec Importer un dossier… (%2), ou déposez des fichiers et des dossiers sur cette fenêtre.

Fichier ▸ Ouvrir le projet d’exemple montre un exemple annoté.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Ouvrir le projet d’exemp&amp;le</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>À propos de Marginalia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Tag the people, places, organisations and quotes in news articles, by hand, and export them for analysis.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · ICU %4&lt;/p&gt;&lt;p&gt;Marginalia is free software under the GNU General Public License, version 3 or later. It uses Qt under the GNU Lesser General Public License, version 3, SQLite, which is in the public domain, and ICU under the Unicode License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Repérez à la main les personnes, les lieux, les organisations et les citations des articles de presse, et exportez-les pour l’analyse.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · ICU %4&lt;/p&gt;&lt;p&gt;Marginalia est un logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure. Il utilise Qt sous la licence publique générale limitée GNU, version 3, SQLite, qui est dans le domaine public, et ICU sous la licence Unicode.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>À &amp;propos de Marginalia</translation>
    </message>
    <message>
        <source>&amp;More Filters</source>
        <translation>Plus de &amp;filtres</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message numerus="yes">
        <source>quotes changed in %Ln article(s)</source>
        <translation>
            <numerusform>citations modifiées dans %Ln article</numerusform>
            <numerusform>citations modifiées dans %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes detected again in %Ln article(s); %1.</source>
        <translation>
            <numerusform>Citations détectées à nouveau dans %Ln article ; %1.</numerusform>
            <numerusform>Citations détectées à nouveau dans %Ln articles ; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Next To Do</source>
        <translation>Suivant à faire</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <source>Actual Si&amp;ze</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Label &amp;Names on Mentions</source>
        <translation>Étiquettes sur les &amp;mentions</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Marginalia changes its language when it starts again. Restart now? Everything is stored; the project reopens at this article.</source>
        <translation>Marginalia change de langue en redémarrant. Redémarrer maintenant ? Tout est enregistré ; le projet se rouvre à cet article.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accord…</translation>
    </message>
</context>
<context>
    <name>Marginalia::MessageText</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n caractère)</numerusform>
            <numerusform>%1… (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
</context>
<context>
    <name>Marginalia::PreferencesDialog</name>
    <message>
        <source>The &amp;desktop&apos;s font, a little larger</source>
        <translation>La police du &amp;bureau, un peu plus grande</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words (Alt selects exactly)</source>
        <translation>&amp;Aligner les sélections sur les mots entiers (Alt sélectionne exactement)</translation>
    </message>
    <message>
        <source>Byte-order &amp;mark, so Excel reads UTF-8</source>
        <translation>Indicateur d’ordre des octets (BO&amp;M), pour qu’Excel lise l’UTF-8</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recorded on every annotation and quote you make, here and with marginalia-cli. Empty: your login name.</source>
        <translation>Enregistré sur chaque annotation et citation que vous faites, ici et avec marginalia-cli. Vide : votre nom de connexion.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>Celui du bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Characters (Unicode code points) of text on each side of a span in the left_context and right_context columns.</source>
        <translation>Caractères (points de code Unicode) de texte de chaque côté d’un passage dans les colonnes left_context et right_context.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>&amp;Annotator name:</source>
        <translation>&amp;Nom d’annotateur :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Article font:</source>
        <translation>Police des articles :</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>D&amp;elimiter:</source>
        <translation>S&amp;éparateur :</translation>
    </message>
    <message>
        <source>&amp;Context each side:</source>
        <translation>&amp;Contexte de chaque côté :</translation>
    </message>
    <message>
        <source>The language changes when Marginalia starts again; it offers to restart at once.</source>
        <translation>La langue change au redémarrage de Marginalia, qui propose de redémarrer aussitôt.</translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSearchPanel</name>
    <message>
        <source>Advanced syntax</source>
        <translation>Syntaxe avancée</translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation>Chercher dans les titres et les textes</translation>
    </message>
    <message>
        <source>Pass the query to SQLite FTS5 as typed: AND, OR, NOT, NEAR(a b, 5), &quot;a phrase&quot;, prefix*, title:word</source>
        <translation>Transmettre la requête telle quelle à SQLite FTS5 : AND, OR, NOT, NEAR(a b, 5), &quot;une expression&quot;, préfixe*, title:mot</translation>
    </message>
    <message>
        <source>Nothing to search for in “%1”: type at least one word.</source>
        <translation>Rien à chercher dans « %1 » : tapez au moins un mot.</translation>
    </message>
    <message>
        <source>Cannot search for “%1”: %2</source>
        <translation>Impossible de chercher « %1 » : %2</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Aucun article ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 articles match; showing the best %2.</source>
        <translation>%1 articles correspondent ; les %2 meilleurs sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>%n article correspond.</numerusform>
            <numerusform>%n articles correspondent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSession</name>
    <message>
        <source>no label with id %1</source>
        <translation>aucune étiquette d’identifiant %1</translation>
    </message>
    <message>
        <source>Accept Suggestion %1</source>
        <translation>Accepter la suggestion %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag All &quot;%1&quot; as %2 (%n)</source>
        <translation>
            <numerusform>Tout étiqueter « %1 » comme %2 (%n)</numerusform>
            <numerusform>Tout étiqueter « %1 » comme %2 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>une entité ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>aucune entité d’identifiant %1</translation>
    </message>
    <message>
        <source>Unlink from %1</source>
        <translation>Délier de %1</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lier à %1</translation>
    </message>
    <message>
        <source>No backup was made (%1); the work goes on without it. File ▸ Back Up Now tries again.</source>
        <translation>Aucune sauvegarde n’a été faite (%1) ; le travail continue sans elle. Fichier ▸ Sauvegarder maintenant essaie à nouveau.</translation>
    </message>
    <message>
        <source>Backed up: %1 (%2)</source>
        <translation>Sauvegardé : %1 (%2)</translation>
    </message>
    <message>
        <source>the edit was not stored: %1</source>
        <translation>la modification n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Detect Quotes in %1 of %2 Articles</source>
        <translation>Détecter les citations dans %1 articles sur %2</translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation>Détecter les citations dans tous les articles</translation>
    </message>
    <message>
        <source>This edit was not stored (%1). The project was changed in another window or program, so what you edited may no longer be there; the window now shows the project as it is stored.</source>
        <translation>Cette modification n’a pas été enregistrée (%1). Le projet a été modifié dans une autre fenêtre ou un autre programme : ce que vous avez modifié n’existe peut-être plus ; la fenêtre affiche maintenant le projet tel qu’il est enregistré.</translation>
    </message>
</context>
<context>
    <name>Marginalia::QuoteDetectionRunner</name>
    <message>
        <source>Detecting quotes in every article…</source>
        <translation>Détection des citations dans chaque article…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>Marginalia::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring writes a new project file; this project and its backups stay as they are.</source>
        <translation>Sauvegardes de %1, les plus récentes d’abord. Restaurer écrit un nouveau fichier de projet ; ce projet et ses sauvegardes restent tels quels.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backups yet. Marginalia makes one each day a project with articles is opened, and before deleting a label, merging entities, detecting all quotes again or importing annotations; File ▸ Back Up Now makes one at any time.</source>
        <translation>Aucune sauvegarde pour l’instant. Marginalia en fait une chaque jour où un projet contenant des articles est ouvert, et avant de supprimer une étiquette, de fusionner des entités, de détecter à nouveau toutes les citations ou d’importer des annotations ; Fichier ▸ Sauvegarder maintenant en fait une à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Sauvegardes à garder :</translation>
    </message>
    <message>
        <source>A project setting. Older backups are removed when the next one is made; copies saved elsewhere are never removed.</source>
        <translation>Un réglage du projet. Les sauvegardes plus anciennes sont supprimées quand la suivante est faite ; les copies enregistrées ailleurs ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>count of a damaged backup</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
This backup cannot be read: %2</source>
        <translation>%1
Cette sauvegarde est illisible : %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Marginalia::TagAllRunner</name>
    <message>
        <source>Looking for &quot;%1&quot; in every article…</source>
        <translation>Recherche de « %1 » dans chaque article…</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %n occurrence(s)…</source>
        <translation>
            <numerusform>Étiquetage de %n occurrence…</numerusform>
            <numerusform>Étiquetage de %n occurrences…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::UndoRunner</name>
    <message>
        <source>Redoing %1…</source>
        <translation>Rétablissement : %1…</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>Annulation : %1…</translation>
    </message>
    <message>
        <source>%1 was stored, but the history changed meanwhile; reopen the project to see it</source>
        <translation>%1 a été enregistré, mais l’historique a changé entre-temps ; rouvrez le projet pour le voir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>%1 was not done: %2</source>
        <translation>%1 n’a pas été fait : %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::UserGuideWindow</name>
    <message>
        <source>Marginalia User Guide</source>
        <translation>Guide de l’utilisateur de Marginalia</translation>
    </message>
</context>
<context>
    <name>Marginalia::WriteWaitDialog</name>
    <message>
        <source>Waiting for the Project</source>
        <translation>En attente du projet</translation>
    </message>
    <message>
        <source>&amp;Give Up the Edit</source>
        <translation>&amp;Abandonner la modification</translation>
    </message>
    <message>
        <source>%1

Your edit is not stored yet; it will be as soon as the project is free.</source>
        <translation>%1

Votre modification n’est pas encore enregistrée ; elle le sera dès que le projet sera libre.</translation>
    </message>
    <message>
        <source>%1 is writing to this project.

Your edit is not stored yet; it will be as soon as the project is free.</source>
        <translation>%1 écrit dans ce projet.

Votre modification n’est pas encore enregistrée ; elle le sera dès que le projet sera libre.</translation>
    </message>
</context>
<context>
    <name>OccurrenceTagger</name>
    <message>
        <source>there is no text to look for</source>
        <translation>il n’y a pas de texte à chercher</translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot;</source>
        <translation>aucune étiquette nommée « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to look for</source>
        <translation>« %1 » ne contient aucun mot à chercher</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article avec l’id %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Avant une mise à niveau du schéma</translation>
    </message>
    <message>
        <source>Before deleting a label</source>
        <translation>Avant la suppression d’une étiquette</translation>
    </message>
    <message>
        <source>Before merging entities</source>
        <translation>Avant la fusion d’entités</translation>
    </message>
    <message>
        <source>Before detecting quotes again</source>
        <translation>Avant une nouvelle détection des citations</translation>
    </message>
    <message>
        <source>Before importing annotations</source>
        <translation>Avant l’import d’annotations</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>%1: cannot make a folder for backups, nor %2</source>
        <translation>%1 : impossible de créer un dossier de sauvegardes, ni %2</translation>
    </message>
    <message>
        <source>keep between 1 and %1 backups, not %2</source>
        <translation>garder entre 1 et %1 sauvegardes, pas %2</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; a backup is only restored into a new file</source>
        <translation>%1 : un fichier de ce nom existe déjà ; une sauvegarde n’est restaurée que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>%1 (restored from %2); the restored file was removed</source>
        <translation>%1 (restauré depuis %2) ; le fichier restauré a été supprimé</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1 : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: cannot create the project (%2)</source>
        <translation>%1 : impossible de créer le projet (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing (%2)</source>
        <translation>%1 : impossible de l’ouvrir en écriture (%2)</translation>
    </message>
    <message>
        <source>%1: not migrated, the backup copy failed (%2)</source>
        <translation>%1 : non migré, la copie de sauvegarde a échoué (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>une clé étrangère de la table %1 ne pointe vers rien</translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 (%3) failed: %4</source>
        <translation>la migration du schéma %1 au schéma %2 (%3) a échoué : %4</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article d’identifiant %1</translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot; (the project has %2)</source>
        <translation>aucune étiquette nommée « %1 » (le projet a %2)</translation>
    </message>
    <message>
        <source>start %1 is negative</source>
        <translation>le début %1 est négatif</translation>
    </message>
    <message>
        <source>start %1 must be less than end %2</source>
        <translation>le début %1 doit être inférieur à la fin %2</translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation>la fin %1 dépasse la fin de l’article %2, qui compte %3 caractères</translation>
    </message>
    <message>
        <source>no annotation with id %1</source>
        <translation>aucune annotation d’identifiant %1</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité doit avoir un nom</translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation>une étiquette nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>no label with id %1</source>
        <translation>aucune étiquette d’identifiant %1</translation>
    </message>
    <message>
        <source>its schema version %1 is negative</source>
        <translation>sa version de schéma %1 est négative</translation>
    </message>
    <message>
        <source>it holds tables but no schema version</source>
        <translation>il contient des tables mais pas de version de schéma</translation>
    </message>
    <message>
        <source>%1: the project file is read-only; Marginalia stores every edit at once and needs to write to it</source>
        <translation>%1 : le fichier de projet est en lecture seule ; Marginalia enregistre chaque modification aussitôt et doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>annotation %1 belongs to article %2, not %3</source>
        <translation>l’annotation %1 appartient à l’article %2, pas au %3</translation>
    </message>
    <message>
        <source>no quote with id %1</source>
        <translation>aucune citation d’identifiant %1</translation>
    </message>
    <message>
        <source>no quote with id %1 in article %2</source>
        <translation>aucune citation d’identifiant %1 dans l’article %2</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>aucune entité d’identifiant %1</translation>
    </message>
    <message>
        <source>no detected quote with id %1</source>
        <translation>aucune citation détectée d’identifiant %1</translation>
    </message>
    <message>
        <source>there is already a %1 entity named &quot;%2&quot;; merge the two instead</source>
        <translation>il existe déjà une entité %1 nommée « %2 » ; fusionnez plutôt les deux</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>une entité ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>the search &quot;%1&quot; failed: %2</source>
        <translation>la recherche « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>%1: refused, %2; the file was left as it is</source>
        <translation>%1 : refusé, %2 ; le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: the disk that holds it is full, so it cannot be opened (SQLite needs a little room beside it, even to read); free some space and open it again, the file itself was not changed</source>
        <translation>%1 : le disque qui le contient est plein, il ne peut donc pas être ouvert (SQLite a besoin d’un peu de place à côté, même pour lire) ; libérez de l’espace et rouvrez-le, le fichier lui-même n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the disk that holds it is full, so it was opened for reading only; edits cannot be stored until some space is freed</source>
        <translation>%1 : le disque qui le contient est plein, il a donc été ouvert en lecture seule ; les modifications ne pourront être enregistrées qu’une fois de l’espace libéré</translation>
    </message>
    <message>
        <source>%1: an import that did not finish could not be undone yet (%2); it will be tried again at the next open</source>
        <translation>%1 : une importation inachevée n’a pas encore pu être annulée (%2) ; nouvel essai à la prochaine ouverture</translation>
    </message>
    <message>
        <source>the disk is full, so the project is open for reading only</source>
        <translation>le disque est plein, le projet est donc ouvert en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%1: an import started at %2 did not finish (its process ended), so it was undone: %n article(s) removed</source>
        <translation>
            <numerusform>%1 : une importation commencée le %2 ne s’est pas terminée (son processus a pris fin), elle a donc été annulée : %n article retiré</numerusform>
            <numerusform>%1 : une importation commencée le %2 ne s’est pas terminée (son processus a pris fin), elle a donc été annulée : %n articles retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>another program is writing to the project and kept it locked; try again when it has finished</source>
        <translation>un autre programme écrit dans le projet et le garde verrouillé ; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>%1 is writing to the project and kept it locked; try again when it has finished</source>
        <translation>%1 écrit dans le projet et le garde verrouillé ; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1 : le fichier de projet est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: the check for damage could not run (%2)</source>
        <translation>%1 : la vérification n’a pas pu se faire (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectFileInspector</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Marginalia project</source>
        <translation>%1 : le fichier est vide, ce n’est pas un projet Marginalia</translation>
    </message>
    <message>
        <source>%1: not a Marginalia project (not an SQLite database at all)</source>
        <translation>%1 : ce n’est pas un projet Marginalia (ce n’est pas du tout une base SQLite)</translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes, shorter than its own header)</source>
        <translation>%1 : le fichier de projet est tronqué (%2 octets, moins que son propre en-tête)</translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes where its header promises %3)</source>
        <translation>%1 : le fichier de projet est tronqué (%2 octets alors que son en-tête en annonce %3)</translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2); it was left as it is</source>
        <translation>%1 : le fichier de projet est endommagé (%2) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Marginalia (schema version %2; this version reads up to %3); please update Marginalia</source>
        <translation>%1 : créé par une version plus récente de Marginalia (schéma %2 ; cette version lit jusqu’au schéma %3) ; veuillez mettre Marginalia à jour</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Marginalia project</source>
        <translation>%1 : une base SQLite, mais pas un projet Marginalia</translation>
    </message>
    <message>
        <source>%1: the project file is truncated or has bytes appended (%2 bytes, not a whole number of %3-byte pages)</source>
        <translation>%1 : le fichier de projet est tronqué ou a des octets en trop (%2 octets, pas un nombre entier de pages de %3 octets)</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>Mark as Quote</source>
        <translation>Marquer comme citation</translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation>Supprimer la citation</translation>
    </message>
    <message>
        <source>Detect Quotes</source>
        <translation>Détecter les citations</translation>
    </message>
</context>
<context>
    <name>QuoteDetection</name>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article d’identifiant %1</translation>
    </message>
</context>
<context>
    <name>SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>this version cannot build its own schema %1 (%2)</source>
        <translation>cette version ne sait pas construire son propre schéma %1 (%2)</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>son schéma est illisible (%1)</translation>
    </message>
    <message>
        <source>it holds an object that Marginalia&apos;s schema version %3 does not create: %1 &quot;%2&quot;</source>
        <translation>il contient un objet que la version %3 du schéma de Marginalia ne crée pas : %1 « %2 »</translation>
    </message>
    <message>
        <source>an object differs from Marginalia&apos;s schema version %3: %1 &quot;%2&quot;</source>
        <translation>un objet diffère de la version %3 du schéma de Marginalia : %1 « %2 »</translation>
    </message>
    <message>
        <source>an object of Marginalia&apos;s schema version %3 is missing: %1 &quot;%2&quot;</source>
        <translation>il manque un objet de la version %3 du schéma de Marginalia : %1 « %2 »</translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1 : existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot create a folder next to it (%2)</source>
        <translation>%1 : impossible de créer un dossier à côté (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
</context>
<context>
    <name>StoredArticleCheck</name>
    <message>
        <source>article %1 &quot;%2&quot;</source>
        <translation>article %1 « %2 »</translation>
    </message>
    <message>
        <source>%1: its text is stored as binary data, not text; left out</source>
        <translation>%1 : son texte est stocké en binaire, pas en texte ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: its text is stored as a number, not text; left out</source>
        <translation>%1 : son texte est stocké comme un nombre, pas en texte ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: it has no text; left out</source>
        <translation>%1 : il n’a pas de texte ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: its text is not valid UTF-8; left out</source>
        <translation>%1 : son texte n’est pas en UTF-8 valide ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: its text does not match its stored hash; left out</source>
        <translation>%1 : son texte ne correspond pas à son empreinte enregistrée ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: its stored length, %L2 characters, is not its text&apos;s, %L3; left out</source>
        <translation>%1 : sa longueur enregistrée, %L2 caractères, n’est pas celle de son texte, %L3 ; laissé de côté</translation>
    </message>
    <message numerus="yes">
        <source>%1: annotation %2 at [%3, %4) lies outside its text of %n character(s); left out</source>
        <translation>
            <numerusform>%1 : l’annotation %2 en [%3, %4) sort de son texte de %n caractère ; laissée de côté</numerusform>
            <numerusform>%1 : l’annotation %2 en [%3, %4) sort de son texte de %n caractères ; laissée de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: quote %2 at [%3, %4) lies outside its text of %n character(s); left out</source>
        <translation>
            <numerusform>%1 : la citation %2 en [%3, %4) sort de son texte de %n caractère ; laissée de côté</numerusform>
            <numerusform>%1 : la citation %2 en [%3, %4) sort de son texte de %n caractères ; laissée de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the cue of quote %2, at [%3, %4), lies outside its text of %n character(s); the quote is left out</source>
        <translation>
            <numerusform>%1 : le verbe introducteur de la citation %2, en [%3, %4), sort de son texte de %n caractère ; la citation est laissée de côté</numerusform>
            <numerusform>%1 : le verbe introducteur de la citation %2, en [%3, %4), sort de son texte de %n caractères ; la citation est laissée de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the speaker mention of quote %2, at [%3, %4), lies outside its text of %n character(s); the quote is left out</source>
        <translation>
            <numerusform>%1 : la mention du locuteur de la citation %2, en [%3, %4), sort de son texte de %n caractère ; la citation est laissée de côté</numerusform>
            <numerusform>%1 : la mention du locuteur de la citation %2, en [%3, %4), sort de son texte de %n caractères ; la citation est laissée de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamingTextFile</name>
    <message>
        <source>too large to read whole, and only UTF-8 is read in pieces: save it as UTF-8 to import it</source>
        <translation>trop grand pour être lu d’un bloc, et seul l’UTF-8 est lu par morceaux : enregistrez-le en UTF-8 pour l’importer</translation>
    </message>
    <message>
        <source>too large to read whole, and only UTF-8 is read in pieces (this file looks like %1): save it as UTF-8 to import it</source>
        <translation>trop grand pour être lu d’un bloc, et seul l’UTF-8 est lu par morceaux (ce fichier semble être en %1) : enregistrez-le en UTF-8 pour l’importer</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>cannot be read after byte %1: %2</source>
        <translation>illisible après l’octet %1 : %2</translation>
    </message>
    <message>
        <source>binary file (a NUL byte at byte offset %1)</source>
        <translation>fichier binaire (un octet NUL à la position %1)</translation>
    </message>
    <message>
        <source>damaged UTF-8 between byte offsets %1 and %2</source>
        <translation>UTF-8 endommagé entre les positions %1 et %2 (en octets)</translation>
    </message>
</context>
<context>
    <name>TableFileReader</name>
    <message>
        <source>not a table file (name it .csv, .tsv, .jsonl or .ndjson, or give the format)</source>
        <translation>pas un fichier de table (nommez-le .csv, .tsv, .jsonl ou .ndjson, ou donnez le format)</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation>ligne %1 : la ligne d’en-tête est mal formée : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n champ, mais l’en-tête en a %1</numerusform>
            <numerusform>%n champs, mais l’en-tête en a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON: %1 (at character %2)</source>
        <translation>JSON invalide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation>le fichier commence par un indicateur d’ordre des octets %1 mais n’est pas du %1 valide</translation>
    </message>
    <message>
        <source>binary file (it contains NUL bytes)</source>
        <translation>fichier binaire (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>cannot be decoded: not valid UTF-8 and no known encoding fits</source>
        <translation>impossible à décoder : ce n’est pas de l’UTF-8 valide et aucun encodage connu ne convient</translation>
    </message>
    <message>
        <source>binary file (too many control characters for text)</source>
        <translation>fichier binaire (trop de caractères de contrôle pour du texte)</translation>
    </message>
    <message>
        <source>the file holds no text (only white space)</source>
        <translation>le fichier ne contient pas de texte (seulement des espaces)</translation>
    </message>
    <message numerus="yes">
        <source>damaged UTF-8: %n byte(s) not valid UTF-8, the first (%1) at byte offset %2</source>
        <translation>
            <numerusform>UTF-8 endommagé : %n octet n’est pas de l’UTF-8 valide, le premier (%1) à la position %2</numerusform>
            <numerusform>UTF-8 endommagé : %n octets ne sont pas de l’UTF-8 valide, le premier (%1) à la position %2</numerusform>
        </translation>
    </message>
    <message>
        <source>binary file (it contains NUL characters)</source>
        <translation>fichier binaire (il contient des caractères NUL)</translation>
    </message>
</context>
<context>
    <name>TextFileImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>holds no text after its date header</source>
        <translation>aucun texte après l’en-tête de date</translation>
    </message>
    <message>
        <source>skipped: same text as article %1 (&quot;%2&quot;)</source>
        <translation>ignoré : même texte que l’article %1 (« %2 »)</translation>
    </message>
</context>
<context>
    <name>WriteLockHolder</name>
    <message>
        <source>an import running in this window</source>
        <translation>une importation en cours dans cette fenêtre</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news articles.</source>
        <translation>Annoter des articles de presse.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Le projet à ouvrir.</translation>
    </message>
    <message>
        <source>Render the window to the PNG FILE and quit.</source>
        <translation>Enregistrer la fenêtre dans le FICHIER PNG et quitter.</translation>
    </message>
</context>
</TS>
