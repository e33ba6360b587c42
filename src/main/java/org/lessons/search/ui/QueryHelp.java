package org.lessons.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;

/** The query syntax, one click away from the search field, in the words of the README. */
final class QueryHelp extends Details {

    QueryHelp() {
        super("How to search");
        addClassName("query-help");
        add(new Html("""
                <ul class="query-help-list">
                  <li>Plain words must all appear; if none of the passages has them all, passages with some of them are shown, and a notice says so.</li>
                  <li><code>"trusted messengers"</code> finds the exact phrase; <code>-prison</code> leaves out a word; <code>takedown OR removal</code> takes either.</li>
                  <li><code>rehab*</code> ends a word with anything (two letters at least before the star); <code>probaton~</code> allows a typing error.</li>
                  <li>Filter in the query with a facet name: <code>country:NO</code>, <code>tool:online-monitoring</code>, <code>kind:good-practice</code>, <code>year:2021</code> or <code>year:[2020 TO 2021]</code>, <code>docType:guide-draft</code>, <code>title:oslo</code>.</li>
                  <li>Acronyms and their long forms find each other (REMT, JIT, MLA, OSINT, TCO...), and so do the names of tools and countries in English, French, German and Spanish.</li>
                </ul>
                """));
    }
}
