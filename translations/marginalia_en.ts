<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <source>all (%n coder(s))</source>
        <translation>
            <numerusform>all (%n coder)</numerusform>
            <numerusform>all (%n coders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %1 over %n article(s)</source>
        <translation>
            <numerusform>Agreement of %1 over %n article</numerusform>
            <numerusform>Agreement of %1 over %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source> (the articles given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (those with mentions by every coder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, %2 word tokens
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers (nominal alpha over quotes marked by at least two coders):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementStudy</name>
    <message>
        <source>%1: no mention is signed &apos;%2&apos; (signed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: agreement needs at least two coders; mentions are signed by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the figures were complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1: a mention by %2 at %3–%4 ends past the text&apos;s %5 characters; left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Article Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCsvExporter</name>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationFileImporter</name>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an annotation export of Marginalia: no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets in &quot;%1&quot; cannot be read; only code_point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article in the project has the text this row was exported from (article_sha256 %1, source %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annotations&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>text_sha256 is not the SHA-256 of the line&apos;s text; its %n annotation(s) are left out</source>
        <translation>
            <numerusform>text_sha256 is not the SHA-256 of the line&apos;s text; its %n annotation are left out</numerusform>
            <numerusform>text_sha256 is not the SHA-256 of the line&apos;s text; its %n annotations are left out</numerusform>
        </translation>
    </message>
    <message>
        <source>neither &quot;text&quot; nor &quot;text_sha256&quot;: no article to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no article in the project has this text (source %1); its %n annotation(s) are left out</source>
        <translation>
            <numerusform>no article in the project has this text (source %1); its %n annotation are left out</numerusform>
            <numerusform>no article in the project has this text (source %1); its %n annotations are left out</numerusform>
        </translation>
    </message>
    <message>
        <source>annotation %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article in the project has the source %1 (and the file gives no article_sha256 to match the text by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with the source %1 has %2 at [%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n articles with the source %1 fit the row; give article_sha256 to tell them apart</source>
        <translation>
            <numerusform>%n articles with the source %1 fit the row; give article_sha256 to tell them apart</numerusform>
            <numerusform>%n articles with the source %1 fit the row; give article_sha256 to tell them apart</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown kind %1 (entity or quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2) is not a span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text at [%1, %2) of article %3 is %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote made or edited by hand is already at [%1, %2) (speaker %3); it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) left out, not listed one by one</source>
        <translation>
            <numerusform>%n more row left out, not listed one by one</numerusform>
            <numerusform>%n more rows left out, not listed one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableImporter</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text column: name one (the columns are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text (the text column is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>no column named %1 for the %2 (the columns are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date this program reads (such as 2022-12-05, 05/12/2022 or 5 December 2022); stored without a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesCsvExporter</name>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BratExporter</name>
    <message>
        <source>label &apos;%1&apos; is written as brat type &apos;%2&apos;: brat types cannot hold spaces or punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels &apos;%1&apos; and &apos;%2&apos; are both written as brat type &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1, %2 %3: holds nothing but line breaks; brat cannot show it, so it is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BratImporter</name>
    <message>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 beside it: its annotations have no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported (Marginalia keeps text-bound annotations, their notes and entity links): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text-bound annotation (ID, TAB, TYPE START END, TAB, TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a brat annotation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped with its annotations: same text as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offsets outside the text of %2 (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text at its offsets is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quote made or edited by hand is already there (speaker %2); it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its offsets hold only the carriage return of a line end, which the stored text drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3
Run &apos;%1 %2 --help&apos; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments (expected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgraded from schema version %2 to %3; the old file was kept as %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (*.marginalia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project file with the default labels PER, LOC, ORG and MISC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size wants a positive number of megabytes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import failed and was undone (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) rejected</source>
        <translation>
            <numerusform>; %n file rejected</numerusform>
            <numerusform>; %n files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) skipped</source>
        <translation>
            <numerusform>; %n duplicate skipped</numerusform>
            <numerusform>; %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT ARTICLE_ID START END LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code point of the span (from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code point just after the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label name, e.g. PER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the mention to the entity NAME of the same label (created if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored annotation as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the span [START, END) of an article. Offsets are Unicode code points into the stored text, as &apos;export&apos; writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing stored: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1: %2 [%3, %4) &quot;%5&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: neutralise formula injection. Every text cell that starts with &apos;=&apos;, &apos;+&apos;, &apos;-&apos;, &apos;@&apos;, a tab or a carriage return gets a single quote (&apos;) in front, so Excel and LibreOffice show it as text instead of running it. Such a cell no longer equals text[start:end]: drop the one leading quote to get it back. Cells longer than Excel&apos;s 32,767 characters are reported. Numbers are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT [--article ID] [--redetect] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the article ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the quotes again first. Quotes added or edited by hand are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {article_id, id, start, end, text, speaker, cue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the quotes (direct speech) with their speakers. Offsets are Unicode code points into the stored text, half-open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--article wants an article id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article with id %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quote detection failed and nothing was stored (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: one row per annotation; articles: one row per article with counts per label; entities: one row per entity; jsonl: one article per line with its text and annotations; brat: brat standoff, &lt;id&gt;.txt and &lt;id&gt;.ann per article, in a folder; conll: CoNLL BIO, one token a line; texts: the stored texts, one &lt;id&gt;.txt per article, in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to PATH (a folder for brat and texts) instead of standard output. Files are replaced only once complete; a folder&apos;s files appear only once all are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these articles (ids separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this status: todo, in-progress or done (several separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD). An article dated only by month or year is in when that period meets the range; articles without a date are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles dated on or before DATE (as --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only annotations with these labels (names separated by commas); QUOTE stands for the quotes. Without it, every label and the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project. Offsets are Unicode code points into the text as stored (and as &apos;texts&apos; writes it), half-open; every format carries each article&apos;s SHA-256 text hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 needs --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--articles wants article ids, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--articles needs at least one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use todo, in-progress or done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, label, aliases, external_id, mentions, articles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the entities: id, name, label, aliases, external id, number of mentions and of articles that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT TEXT LABEL [--entity NAME] [--article ID] [--fold] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label to tag them with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the new mentions to this entity (made if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in article ID (default: the whole project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;tagged&quot;: N, &quot;articles&quot;: M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every whole-word occurrence of TEXT with LABEL, in one article or the whole project, in one transaction. Spans that already carry an annotation are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was tagged (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n occurrence(s)</source>
        <translation>
            <numerusform>Tagged %n occurrence</numerusform>
            <numerusform>Tagged %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)
</source>
        <translation>
            <numerusform> in %n article
</numerusform>
            <numerusform> in %n articles
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROJECT PATH... | PROJECT --annotations FILE | PROJECT --brat FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders: .txt articles (folders are searched recursively for *.txt), and tables of articles, one per row (.csv, .tsv, .jsonl, .ndjson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON: imported ids or counts, rejected and skipped files and rows with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the column (CSV) or key (JSONL) holding the text (default: &apos;text&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the title&apos;s column (default: &apos;title&apos; if there is one; without one, the text&apos;s first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the source&apos;s column (default: &apos;source&apos;; without one the source is FILE#ID, or FILE:LINE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the column of each row&apos;s id (default: &apos;id&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the field separator, comma, semicolon or tab (default: found from the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations and quotes from a CSV or JSONL export of Marginalia into the articles of this project that have the same texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --annotations: csv or jsonl (default: from the file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a brat standoff folder: each X.txt becomes an article (or is matched to the one with the same text) with the text-bound annotations and notes of X.ann.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles, annotations or brat folders. Plain-text articles: an optional first-line header &apos;date YYYY[-MM[-DD]]&apos; gives the date; the first line is the title. Encodings: UTF-8, UTF-16/32 with a byte-order mark, and legacy 8-bit encodings, detected. Rows and lines that cannot be imported are reported with their line number; the rest is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotations and --brat cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no PATH arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use csv or jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>Imported %n annotation</numerusform>
            <numerusform>Imported %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n quote(s)</source>
        <translation>
            <numerusform> and %n quote</numerusform>
            <numerusform> and %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacing a detected quote)</source>
        <translation>
            <numerusform> (%n replacing a detected quote)</numerusform>
            <numerusform> (%n replacing a detected quote)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the project</source>
        <translation>
            <numerusform>; %n already in the project</numerusform>
            <numerusform>; %n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) left out</source>
        <translation>
            <numerusform>; %n row left out</numerusform>
            <numerusform>; %n rows left out</numerusform>
        </translation>
    </message>
    <message>
        <source>; new labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n matched to a stored one)</source>
        <translation>
            <numerusform> (%n matched to a stored one)</numerusform>
            <numerusform> (%n matched to a stored one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n annotation(s)</source>
        <translation>
            <numerusform> with %n annotation</numerusform>
            <numerusform> with %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n note(s)</source>
        <translation>
            <numerusform> and %n note</numerusform>
            <numerusform> and %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the import of this file failed and was undone (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) rejected</source>
        <translation>
            <numerusform>; %n row rejected</numerusform>
            <numerusform>; %n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n warning</numerusform>
            <numerusform>; %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore case, and accents unless the project matches names with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for tables of articles, not with --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the daily backup was not made, the command goes on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no backup before this operation, it goes on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT [--out FILE] [--keep N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy to FILE, which must not exist, instead of the project&apos;s backups folder; such copies are never pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest N backups from now on (a project setting; default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {project, backup, reason, articles, annotations, bytes, pruned} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the project through SQLite&apos;s backup API, safe while the window or another command has it open. Without --out the copy goes to NAME.backups/ beside the project (or the user&apos;s data folder when that cannot be written), named NAME-YYYYMMDD-HHMMSS-manual.marginalia (UTC), and the oldest backups beyond the number to keep are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep goes with the backups folder, not --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, %4)
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file; it may be missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {path, date, reason, bytes, schema_version, articles, annotations, quotes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the project&apos;s backups, oldest first: date (UTC), reason, articles, annotations, size in bytes and file. Each backup is only read; the project is not opened, so this works when it is lost or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project, and no backups of it in %2 or %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP NEW_PROJECT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup file, as &apos;backups&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {project, backup, articles, annotations, migrated_from} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new project file, then open it to check it (and upgrade it if it is older). An existing file is never replaced. The backup is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3, %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {project, damaged, problem, milliseconds} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page of the project file for damage with SQLite&apos;s quick_check. Opening a project runs the same check unless the file is as Marginalia last closed it (within %1 days); this command always runs it. Exit status 1 if the file is damaged or cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no damage found (every page checked in %2 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest article to import, in megabytes (default %1): a .txt file, a brat .txt or .ann file, or the text in one row of a table. Larger ones are rejected by name. A table of articles as a whole may hold up to %2 MB, or this size if that is more; an annotation file is read in pieces and may be of any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: the date&apos;s column (default: &apos;date&apos;): ISO, DD/MM/YYYY, &apos;5 December 2022&apos;, &apos;5 décembre 2022&apos; or RFC 2822.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: how numeric dates such as 01/02/2024 read, dmy or mdy (default: dmy; a day over 12 reads one way whatever is chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date order &apos;%1&apos; (use dmy or mdy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record NAME as the annotator (default: the name chosen in the window&apos;s Preferences, else $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT --format csv|articles|entities|jsonl|brat|conll|texts [--out PATH] [--bom] [--excel-safe] [--delimiter comma|semicolon|tab] [--context N] [--articles ID,...] [--status STATUS,...] [--from DATE] [--to DATE] [--labels LABEL,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: code points of text on each side of a span in the left_context and right_context columns (default 40, at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context wants a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT ANNOTATION_ID LABEL [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention, by the id the exports give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label name, e.g. LOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changed annotation as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a mention another label of the project. Its span, entity and note stay; the change is stamped now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNOTATION_ID must be an annotation id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no annotation with id %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;; nothing changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing changed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT ID... [--quotes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations, by the ids the exports give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ids are quote ids (the rows of kind &apos;quote&apos; in the CSV; &apos;quotes&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mentions (or quotes, with --quotes). Ids that do not exist are reported and the others deleted; the mentions go in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be an id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no quote with id %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: delete failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n quote(s)
</source>
        <translation>
            <numerusform>Deleted %n quote
</numerusform>
            <numerusform>Deleted %n quotes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n annotation(s)
</source>
        <translation>
            <numerusform>Deleted %n annotation
</numerusform>
            <numerusform>Deleted %n annotations
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROJECT [--status STATUS] [--from DATE] [--to DATE] [--title TEXT] [--source TEXT] [--with LABEL | --without LABEL] [--annotator NAME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this status: todo, in-progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); a partial date counts when its period meets the range; undated articles are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles whose title holds TEXT, ignoring case and accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles whose source holds TEXT, ignoring case and accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with a mention of LABEL (QUOTE: with quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles without a mention of LABEL (QUOTE: without quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with a mention by NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles: id, title, date, source, encoding, length in characters (code points), mentions and quotes; the filters are the window&apos;s worklist filters, and combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with and --without cannot be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no label named &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT [--annotators A,B,...] [--labels PER,...] [--articles IDS] [--json] [--csv FILE [--delimiter SEPARATOR]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coders to compare, by the names their mentions are signed with (at least two, separated by commas). Default: everyone who signed a mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these labels (names separated by commas). Default: every label the coders used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare over these articles (ids separated by commas). Default: the articles in which every coder made at least one mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the table as CSV to FILE (replaced only once complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the field separator: comma (default), semicolon (then with decimal commas) or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how far the coders agree, for every pair of them and for all together, per label and overall: F1 of exact spans (f1_exact), F1 of spans that overlap (f1_overlap), kappa over word tokens (kappa_tokens), Krippendorff&apos;s unitizing alpha over the characters (alpha_u), and Krippendorff&apos;s nominal alpha over the speakers of the quotes they both marked. Only accepted mentions count, not suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article holds mentions by every one of %2; name the articles with --articles
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of the articles given could be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotators needs at least two different names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConllExporter</name>
    <message numerus="yes">
        <source>article %1: %n span(s) not in the CoNLL output, which has one tag a token: %2</source>
        <translation>
            <numerusform>article %1: %n span not in the CoNLL output, which has one tag a token: %2</numerusform>
            <numerusform>article %1: %n spans not in the CoNLL output, which has one tag a token: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the CoNLL file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a quoted field must be doubled (&quot;&quot;); found &apos;%1&apos; after a closing quote on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the finished copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the copy (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be copied to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesCsvExporter</name>
    <message>
        <source>entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <source>New Entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Entities</source>
        <translation>
            <numerusform>Delete %n Entities</numerusform>
            <numerusform>Delete %n Entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Annotations (CSV, one row per annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (CSV, one row per article with counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities (CSV, one row per entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (one article a line with its text and spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff (a folder of .txt and .ann files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL BIO (one token a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (a folder of .txt files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
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
            <numerusform>%Ln text file</numerusform>
            <numerusform>%Ln text files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range from %1 to %2 is empty: it starts after it ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the project has no label named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2: a cell of %3 characters is longer than Excel&apos;s limit of %4 and will be cut there by Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFileCheck</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a link to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a link to a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a link to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a link to a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1, over the import limit of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFolder</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8, so it cannot be opened; rename it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the JSONL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommands</name>
    <message>
        <source>Add Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared over the articles in which every coder ticked made at least one mention. Only accepted mentions count, not suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α_u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans compared: both coders&apos; together (for all coders, summed over the pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans with the same label, start and end, matched one to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × exact matches ÷ spans: 1 when every span has its twin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans with the same label that share at least one character, matched one to one so that there are as many matches as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × overlap matches ÷ spans: forgives boundaries that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word tokens of the articles compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the coders gave different labels (or a label and none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa over the tokens (Fleiss&apos; kappa for all coders): agreement beyond chance, 1 perfect, 0 as chance would have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha over the characters: how far the coders cut the same stretches of text, with chance taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs mentions signed by at least two coders; this project has mentions by %n coder(s).</source>
        <translation>
            <numerusform>Agreement needs mentions signed by at least two coders; this project has mentions by %n coder.</numerusform>
            <numerusform>Agreement needs mentions signed by at least two coders; this project has mentions by %n coders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared, %1 word tokens.</source>
        <translation>
            <numerusform>%n article compared, %1 word tokens.</numerusform>
            <numerusform>%n articles compared, %1 word tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article holds mentions by every coder ticked: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged article(s) left out.</source>
        <translation>
            <numerusform>%n damaged article left out.</numerusform>
            <numerusform>%n damaged articles left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>(all labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers: no quote was marked by two of the coders or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: α %2 over %n quote(s)</source>
        <translation>
            <numerusform>%1: α %2 over %n quote</numerusform>
            <numerusform>%1: α %2 over %n quotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers (Krippendorff&apos;s nominal alpha over the quotes two coders or more marked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotationListModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity / Speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::AnnotatorPrompt</name>
    <message>
        <source>Welcome to Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What name should your annotations carry? Teams compare coders by this name; you can change it in Edit ▸ Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleColumnMappingDialog</name>
    <message>
        <source>Import Articles from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CSV in %2, fields separated by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — JSON lines in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numeric dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without text are left out. Without a title, the text&apos;s first line is the title. Dates may be ISO (2024-12-31, 2024-12), numeric (31/12/2024, read as chosen above), written out (31 décembre 2024, December 31, 2024) or as in RSS; a date not understood is a warning and the article is kept without it. Without a source, the file and the row&apos;s id (or line) are the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anno&amp;tator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleListModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ArticleView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote, speaker unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::BackupActions</name>
    <message>
        <source>The backup was restored into %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the restored project now? The open project is closed; nothing in it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Restored Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This Project Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntitiesPanel</name>
    <message>
        <source>Filter by name, alias or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entity “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities?</source>
        <translation>
            <numerusform>Delete %n entities?</numerusform>
            <numerusform>Delete %n entities?</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mention is linked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) will stay, unlinked.</source>
        <translation>
            <numerusform>%n mention will stay, unlinked.</numerusform>
            <numerusform>%n mentions will stay, unlinked.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityDialog</name>
    <message>
        <source>New Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a Wikidata QID such as Q7747</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a Wikidata QID (Q followed by digits, as in Q7747). It will be stored as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityLinkDialog</name>
    <message>
        <source>Link to Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or alias; empty to unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity (an existing name or alias, or a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 entity “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays linked to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to %1 (%2) through its alias “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new %1 entity “%2” and links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinks the mention from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the mention unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project&apos;s entities…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityListModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityMentionsDialog</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::EntityMergeDialog</name>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, alias or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one is kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2, %n mention(s))</source>
        <translation>
            <numerusform>“%1” (%2, %n mention)</numerusform>
            <numerusform>“%1” (%2, %n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the entity to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be deleted. Its %n mention(s) and the quotes it speaks are linked to “%2”, and its name and aliases become aliases of “%2”.</source>
        <translation>
            <numerusform>“%1” will be deleted. Its %n mention and the quotes it speaks are linked to “%2”, and its name and aliases become aliases of “%2”.</numerusform>
            <numerusform>“%1” will be deleted. Its %n mentions and the quotes it speaks are linked to “%2”, and its name and aliases become aliases of “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its mentions become %1 (they are %2 now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected in the list (%n)</source>
        <translation>
            <numerusform>&amp;Selected in the list (%n)</numerusform>
            <numerusform>&amp;Selected in the list (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By status and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-order &amp;mark, so Excel reads UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel-safe: neutralise cells Excel would run as formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from YYYY[-MM[-DD]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to YYYY[-MM[-DD]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article dated only by month or year is kept when that period meets the range; articles without a date are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for French Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 already holds files. Files of the same names will be replaced; the others are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replacing it overwrites what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write into It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project&apos;s own file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>é≠e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportProblemsDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list to the clipboard, one file per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln article imported</numerusform>
            <numerusform>%Ln articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the parts of an import summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) rejected</source>
        <translation>
            <numerusform>%Ln file rejected</numerusform>
            <numerusform>%Ln files rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) and quote(s) imported</source>
        <translation>
            <numerusform>%Ln annotation or quote imported</numerusform>
            <numerusform>%Ln annotations and quotes imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ImportRunner</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; removing the articles this import stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing… %L1 of %Ln file(s)</source>
        <translation>
            <numerusform>Importing… %L1 of %Ln file</numerusform>
            <numerusform>Importing… %L1 of %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… %L1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelEditorDialog</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotkey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key (empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1 and its %n annotation(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Delete the label %1 and its %n annotation? Undo brings them back.</numerusform>
            <numerusform>Delete the label %1 and its %n annotations? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::LabelPalette</name>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Article &amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark To &amp;Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema version %1; the old file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this %1 annotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation or Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in This &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words of the quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (a person in the article, an entity, or any name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;brat Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag All in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All in the &amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All Ignores &amp;Case and Accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Suggestions in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names Match Ignoring &amp;Accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this article; F3 and Shift+F3 go from one to the next.</source>
        <translation>
            <numerusform>%n hit in this article; F3 and Shift+F3 go from one to the next.</numerusform>
            <numerusform>%n hits in this article; F3 and Shift+F3 go from one to the next.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.csv *.tsv *.jsonl *.ndjson);;Text articles (*.txt);;Tables of articles (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import brat Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and JSONL files are imported one at a time, on their own; left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 (%2) — Enter accepts, Backspace rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s)</source>
        <translation>
            <numerusform>Accepted %n suggestion</numerusform>
            <numerusform>Accepted %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>No other occurrence of &quot;%1&quot; to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n more occurrence(s) of &quot;%1&quot;</source>
        <translation>
            <numerusform>Tagged %n more occurrence of &quot;%1&quot;</numerusform>
            <numerusform>Tagged %n more occurrences of &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia exports (*.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n More Label(s) in the Labels Panel…</source>
        <translation>
            <numerusform>%n More Label in the Labels Panel…</numerusform>
            <numerusform>%n More Labels in the Labels Panel…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: no damage found in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was closed so that nothing more is written to it. A backup can be restored into a new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag All cancelled: nothing was tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote detection stopped after %1 of %2 articles; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done before Cancel took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match the filter</source>
        <translation>
            <numerusform>%n article matches the filter</numerusform>
            <numerusform>%n articles match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Labels Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no word to tag; hold Alt while selecting to tag exactly what you select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to tag first, or click an annotation to relabel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1, %2 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was changed in another window or program; it is shown as stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article shown was deleted in another window or program.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.

Create one with File ▸ New Project…, open one with File ▸ Open Project…, or try the annotated example with File ▸ Open the Sample Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no articles yet.

Import .txt, .csv or .jsonl files with File ▸ Import Files… (%1) or a whole folder with Import Folder… (%2), or drop files and folders on this window.

File ▸ Open the Sample Project shows an annotated example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia %1&lt;/h3&gt;&lt;p&gt;Tag the people, places, organisations and quotes in news articles, by hand, and export them for analysis.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · ICU %4&lt;/p&gt;&lt;p&gt;Marginalia is free software under the GNU General Public License, version 3 or later. It uses Qt under the GNU Lesser General Public License, version 3, SQLite, which is in the public domain, and ICU under the Unicode License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>quotes changed in %Ln article(s)</source>
        <translation>
            <numerusform>quotes changed in %Ln article</numerusform>
            <numerusform>quotes changed in %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes detected again in %Ln article(s); %1.</source>
        <translation>
            <numerusform>Quotes detected again in %Ln article; %1.</numerusform>
            <numerusform>Quotes detected again in %Ln articles; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;Names on Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia changes its language when it starts again. Restart now? Everything is stored; the project reopens at this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::MessageText</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::PreferencesDialog</name>
    <message>
        <source>The &amp;desktop&apos;s font, a little larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words (Alt selects exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-order &amp;mark, so Excel reads UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on every annotation and quote you make, here and with marginalia-cli. Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (Unicode code points) of text on each side of a span in the left_context and right_context columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context each side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Marginalia starts again; it offers to restart at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSearchPanel</name>
    <message>
        <source>Advanced syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the query to SQLite FTS5 as typed: AND, OR, NOT, NEAR(a b, 5), &quot;a phrase&quot;, prefix*, title:word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for in “%1”: type at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles match; showing the best %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>%n article matches.</numerusform>
            <numerusform>%n articles match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::ProjectSession</name>
    <message>
        <source>no label with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>Accept %n Suggestion</numerusform>
            <numerusform>Accept %n Suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag All &quot;%1&quot; as %2 (%n)</source>
        <translation>
            <numerusform>Tag All &quot;%1&quot; as %2 (%n)</numerusform>
            <numerusform>Tag All &quot;%1&quot; as %2 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made (%1); the work goes on without it. File ▸ Back Up Now tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in %1 of %2 Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes in All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit was not stored (%1). The project was changed in another window or program, so what you edited may no longer be there; the window now shows the project as it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::QuoteDetectionRunner</name>
    <message>
        <source>Detecting quotes in every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring writes a new project file; this project and its backups stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Marginalia makes one each day a project with articles is opened, and before deleting a label, merging entities, detecting all quotes again or importing annotations; File ▸ Back Up Now makes one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project setting. Older backups are removed when the next one is made; copies saved elsewhere are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>count of a damaged backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This backup cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::TagAllRunner</name>
    <message>
        <source>Looking for &quot;%1&quot; in every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagging %n occurrence(s)…</source>
        <translation>
            <numerusform>Tagging %n occurrence…</numerusform>
            <numerusform>Tagging %n occurrences…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::UndoRunner</name>
    <message>
        <source>Redoing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stored, but the history changed meanwhile; reopen the project to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not done: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::UserGuideWindow</name>
    <message>
        <source>Marginalia User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marginalia::WriteWaitDialog</name>
    <message>
        <source>Waiting for the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give Up the Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your edit is not stored yet; it will be as soon as the project is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is writing to this project.

Your edit is not stored yet; it will be as soon as the project is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceTagger</name>
    <message>
        <source>there is no text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before detecting quotes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a folder for backups, nor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep between 1 and %1 backups, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; a backup is only restored into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored from %2); the restored file was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not migrated, the backup copy failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label named &quot;%1&quot; (the project has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1 must be less than end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 is past the end of article %2, which has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds tables but no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is read-only; Marginalia stores every edit at once and needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 belongs to article %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote with id %1 in article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detected quote with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a %1 entity named &quot;%2&quot;; merge the two instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, %2; the file was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk that holds it is full, so it cannot be opened (SQLite needs a little room beside it, even to read); free some space and open it again, the file itself was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk that holds it is full, so it was opened for reading only; edits cannot be stored until some space is freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an import that did not finish could not be undone yet (%2); it will be tried again at the next open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full, so the project is open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: an import started at %2 did not finish (its process ended), so it was undone: %n article(s) removed</source>
        <translation>
            <numerusform>%1: an import started at %2 did not finish (its process ended), so it was undone: %n article removed</numerusform>
            <numerusform>%1: an import started at %2 did not finish (its process ended), so it was undone: %n articles removed</numerusform>
        </translation>
    </message>
    <message>
        <source>another program is writing to the project and kept it locked; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is writing to the project and kept it locked; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the check for damage could not run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileInspector</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Marginalia project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Marginalia project (not an SQLite database at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes, shorter than its own header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated (%2 bytes where its header promises %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is damaged (%2); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer version of Marginalia (schema version %2; this version reads up to %3); please update Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Marginalia project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project file is truncated or has bytes appended (%2 bytes, not a whole number of %3-byte pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>Mark as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDetection</name>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaVerifier</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version cannot build its own schema %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an object that Marginalia&apos;s schema version %3 does not create: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object differs from Marginalia&apos;s schema version %3: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of Marginalia&apos;s schema version %3 is missing: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a folder next to it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredArticleCheck</name>
    <message>
        <source>article %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text is stored as binary data, not text; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text is stored as a number, not text; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no text; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text is not valid UTF-8; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text does not match its stored hash; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its stored length, %L2 characters, is not its text&apos;s, %L3; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: annotation %2 at [%3, %4) lies outside its text of %n character(s); left out</source>
        <translation>
            <numerusform>%1: annotation %2 at [%3, %4) lies outside its text of %n character; left out</numerusform>
            <numerusform>%1: annotation %2 at [%3, %4) lies outside its text of %n characters; left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: quote %2 at [%3, %4) lies outside its text of %n character(s); left out</source>
        <translation>
            <numerusform>%1: quote %2 at [%3, %4) lies outside its text of %n character; left out</numerusform>
            <numerusform>%1: quote %2 at [%3, %4) lies outside its text of %n characters; left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the cue of quote %2, at [%3, %4), lies outside its text of %n character(s); the quote is left out</source>
        <translation>
            <numerusform>%1: the cue of quote %2, at [%3, %4), lies outside its text of %n character; the quote is left out</numerusform>
            <numerusform>%1: the cue of quote %2, at [%3, %4), lies outside its text of %n characters; the quote is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the speaker mention of quote %2, at [%3, %4), lies outside its text of %n character(s); the quote is left out</source>
        <translation>
            <numerusform>%1: the speaker mention of quote %2, at [%3, %4), lies outside its text of %n character; the quote is left out</numerusform>
            <numerusform>%1: the speaker mention of quote %2, at [%3, %4), lies outside its text of %n characters; the quote is left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamingTextFile</name>
    <message>
        <source>too large to read whole, and only UTF-8 is read in pieces: save it as UTF-8 to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to read whole, and only UTF-8 is read in pieces (this file looks like %1): save it as UTF-8 to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read after byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (a NUL byte at byte offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged UTF-8 between byte offsets %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFileReader</name>
    <message>
        <source>not a table file (name it .csv, .tsv, .jsonl or .ndjson, or give the format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n field, but the header has %1</numerusform>
            <numerusform>%n fields, but the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded: not valid UTF-8 and no known encoding fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (too many control characters for text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text (only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>damaged UTF-8: %n byte(s) not valid UTF-8, the first (%1) at byte offset %2</source>
        <translation>
            <numerusform>damaged UTF-8: %n byte not valid UTF-8, the first (%1) at byte offset %2</numerusform>
            <numerusform>damaged UTF-8: %n bytes not valid UTF-8, the first (%1) at byte offset %2</numerusform>
        </translation>
    </message>
    <message>
        <source>binary file (it contains NUL characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFileImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no text after its date header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: same text as article %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteLockHolder</name>
    <message>
        <source>an import running in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to the PNG FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
