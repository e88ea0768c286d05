<?xml version="1.0" encoding="UTF-8"?>
<!--
  XSL-FO template for synthetic LinkedIn-like "Save to PDF" profiles (see ../README.md).

  It reproduces the layout of LinkedIn's own FOP output as measured with `pdftotext -bbox-layout`
  (/work/shared/reference and the findings behind issue 15): US Letter, a sidebar on page 1 only
  at x = 21.6 pt, narrower than 175 pt; the main column at x = 223.56 pt on every page; the footer
  "Page N of M" at (384, 768.4); and the line-box heights per kind of line (name 36.6, main heading
  22.2, sidebar heading 18.3, headline/location/company/school 16.9, job title 16.2, dates/body/
  sidebar items 14.8, LinkedIn URL 15.5, footer 12.7). The font is DejaVu Sans, so the point sizes
  below are those heights divided by DejaVu's box height in poppler (1.694 em).

  The headings come from the profile's language (/profile/@lang): en, nl or fr. As in LinkedIn's
  files, "Languages" and "Certifications" stay English in every language, and "Present" too.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="lang" select="/profile/@lang"/>

  <!-- Section headings per language. -->
  <xsl:template name="heading">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$lang = 'nl'">
        <xsl:choose>
          <xsl:when test="$key = 'contact'">Contactgegevens</xsl:when>
          <xsl:when test="$key = 'skills'">Belangrijkste vaardigheden</xsl:when>
          <xsl:when test="$key = 'summary'">Samenvatting</xsl:when>
          <xsl:when test="$key = 'experience'">Ervaring</xsl:when>
          <xsl:when test="$key = 'education'">Opleiding</xsl:when>
          <xsl:otherwise><xsl:call-template name="english"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$lang = 'fr'">
        <xsl:choose>
          <xsl:when test="$key = 'contact'">Coordonnées</xsl:when>
          <xsl:when test="$key = 'skills'">Principales compétences</xsl:when>
          <xsl:when test="$key = 'summary'">Résumé</xsl:when>
          <xsl:when test="$key = 'experience'">Expérience</xsl:when>
          <xsl:when test="$key = 'education'">Formation</xsl:when>
          <xsl:otherwise><xsl:call-template name="english"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="english"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="english">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$key = 'contact'">Contact</xsl:when>
      <xsl:when test="$key = 'skills'">Top Skills</xsl:when>
      <xsl:when test="$key = 'languages'">Languages</xsl:when>
      <xsl:when test="$key = 'certifications'">Certifications</xsl:when>
      <xsl:when test="$key = 'honors'">Honors-Awards</xsl:when>
      <xsl:when test="$key = 'publications'">Publications</xsl:when>
      <xsl:when test="$key = 'summary'">Summary</xsl:when>
      <xsl:when test="$key = 'experience'">Experience</xsl:when>
      <xsl:when test="$key = 'education'">Education</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/profile">
    <fo:root font-family="DejaVu Sans" color="#000000">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="612pt" page-height="792pt">
          <fo:region-body margin-left="21.6pt" margin-right="21.6pt" margin-top="40pt" margin-bottom="54pt"/>
          <fo:region-after extent="22.3pt"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>Resume</dc:title>
              <dc:creator>LinkedIn</dc:creator>
              <dc:description>Resume generated from profile</dc:description>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block start-indent="384pt" font-size="7.5pt" line-height="12pt" color="#B0B0B0">Page <fo:page-number/> of <fo:page-number-citation-last ref-id="end"/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="sidebar"/>
          <fo:block start-indent="201.96pt">
            <xsl:apply-templates select="name | headline | location"/>
            <xsl:apply-templates select="summary"/>
            <xsl:apply-templates select="experience"/>
            <xsl:apply-templates select="education"/>
          </fo:block>
          <fo:block id="end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The sidebar: page 1 only, absolutely placed left of the main column. -->
  <xsl:template name="sidebar">
    <fo:block-container absolute-position="absolute" top="0pt" left="0pt" width="165pt">
      <xsl:apply-templates select="contact"/>
      <xsl:apply-templates select="skills"/>
      <xsl:apply-templates select="languages"/>
      <xsl:apply-templates select="certifications"/>
      <xsl:apply-templates select="honors"/>
      <xsl:apply-templates select="publications"/>
    </fo:block-container>
  </xsl:template>

  <xsl:template name="side-heading">
    <xsl:param name="key"/>
    <fo:block font-size="10.8pt" line-height="22pt" space-before="10pt" keep-with-next="always">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="contact">
    <fo:block font-size="10.8pt" line-height="22pt">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'contact'"/></xsl:call-template>
    </fo:block>
    <xsl:for-each select="line">
      <fo:block font-size="8.74pt" line-height="14.4pt" linefeed-treatment="preserve"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="url">
      <fo:block font-size="9.15pt" line-height="14.4pt" space-before="6pt" linefeed-treatment="preserve"><xsl:value-of select="."/> (<xsl:value-of select="@label"/>)</fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="skills | languages | certifications | honors | publications">
    <xsl:call-template name="side-heading"><xsl:with-param name="key" select="local-name()"/></xsl:call-template>
    <xsl:for-each select="item">
      <fo:block font-size="8.74pt" line-height="17.6pt"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- The main column. -->
  <xsl:template match="name">
    <fo:block font-size="21.6pt" line-height="36pt" padding-top="0.5pt"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template match="headline | location">
    <fo:block font-size="10pt" line-height="14.4pt" space-before="1pt"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template name="main-heading">
    <xsl:param name="key"/>
    <fo:block font-size="13.1pt" line-height="24pt" space-before="16pt" space-after="6pt" keep-with-next="always">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="summary">
    <xsl:call-template name="main-heading"><xsl:with-param name="key" select="'summary'"/></xsl:call-template>
    <xsl:for-each select="p">
      <fo:block font-size="10pt" line-height="18pt" space-after="9pt"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="experience">
    <xsl:call-template name="main-heading"><xsl:with-param name="key" select="'experience'"/></xsl:call-template>
    <xsl:for-each select="company">
      <fo:block font-size="10pt" line-height="18pt" space-before="12pt" keep-with-next="always"><xsl:value-of select="@name"/></fo:block>
      <xsl:if test="@duration">
        <fo:block font-size="8.74pt" line-height="16pt" keep-with-next="always"><xsl:value-of select="@duration"/></fo:block>
      </xsl:if>
      <xsl:for-each select="role">
        <fo:block font-size="9.56pt" line-height="15.6pt" keep-with-next="always">
          <xsl:if test="position() &gt; 1"><xsl:attribute name="space-before">12pt</xsl:attribute></xsl:if>
          <xsl:if test="position() = 1 and ../@duration"><xsl:attribute name="space-before">4pt</xsl:attribute></xsl:if>
          <xsl:value-of select="@title"/>
        </fo:block>
        <fo:block font-size="8.74pt" line-height="14.7pt"><xsl:value-of select="@dates"/></fo:block>
        <xsl:if test="@location">
          <fo:block font-size="8.74pt" line-height="14.7pt"><xsl:value-of select="@location"/></fo:block>
        </xsl:if>
        <xsl:for-each select="p">
          <fo:block font-size="8.74pt" line-height="18pt" space-before="3pt"><xsl:value-of select="."/></fo:block>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="education">
    <xsl:call-template name="main-heading"><xsl:with-param name="key" select="'education'"/></xsl:call-template>
    <xsl:for-each select="school">
      <fo:block font-size="10pt" line-height="16pt" space-before="8pt" keep-with-next="always"><xsl:value-of select="@name"/></fo:block>
      <xsl:if test="@degree">
        <fo:block font-size="8.74pt" line-height="14.7pt"><xsl:value-of select="@degree"/></fo:block>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
