package vn.vinguoingheo.portal.content.check;

import vn.vinguoingheo.portal.content.Alias;
import vn.vinguoingheo.portal.content.DocumentStatus;
import vn.vinguoingheo.portal.content.DocumentType;

/** What a front-matter field of the content contract holds; tools such as the CMS pick their input from it. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** A few sentences of text. */
    LONG_TEXT,
    /** The entry's summary: at most {@link ContractSchema#SUMMARY_MAX} characters. */
    SUMMARY,
    /** An http(s) address. */
    URL,
    /** A date written YYYY-MM-DD. */
    DATE,
    /** The date an entry is published (YYYY-MM-DD); today is the natural default. */
    PUBLICATION_DATE,
    /** A four-digit year. */
    YEAR,
    /** A whole number, at least 1. */
    COUNT,
    /** A number, with a decimal point when needed. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** An image under {@code assets/} or beside the entry. */
    IMAGE,
    /** One area code: the country ({@code vn}), a current or a legacy provincial unit. */
    AREA,
    /** One or more area codes, the country included. */
    AREA_LIST,
    /** One or more provincial units (current or legacy), not the country. */
    PROVINCE_LIST,
    /** One or more codes from {@code model-types.yaml}. */
    MODEL_TYPE_LIST,
    /** One of the movement's four steps. */
    STAGE,
    /** A code from {@code indicators.yaml}. */
    INDICATOR,
    /** How a target compares: {@code <=}, {@code >=}, {@code =} or {@code change}. */
    COMPARISON,
    /** A document's type: a code of {@link DocumentType}. */
    DOCUMENT_TYPE,
    /** Whether a document is in force: a code of {@link DocumentStatus}. */
    DOCUMENT_STATUS,
    /** A PDF file under {@code assets/} or beside the entry. */
    FILE,
    /** A list of short texts. */
    TEXT_LIST,
    /** Old paths of an entry under the site, written {@code /mo-hinh/ten-cu/} (see {@link Alias}). */
    PATH_LIST,
    /** References to entries of any kind, written {@code kind/slug}. */
    REFERENCE_LIST,
    /** Slugs of models. */
    MODEL_LIST,
    /** Slugs of decisions. */
    DECISION_LIST,
    /** A mapping with its own fields. */
    OBJECT,
    /** A list of mappings with their own fields. */
    OBJECT_LIST,
    /** The entry's kind, which its folder already gives: never asked of an editor. */
    KIND
}
