package org.khareetaty.geo.basemap;

/** The language of zone labels: English names ({@code name}), or Arabic ({@code name_ar} in the attributes). */
public enum LabelLanguage {
    ENGLISH,
    ARABIC
}
