<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the Atom and RSS feeds as a page in a browser (DSFR look); feed readers ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="feedTitle" select="atom:feed/atom:title | rss/channel/title"/>

  <xsl:template match="/">
    <html lang="fr">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title>Flux d'actualités — <xsl:value-of select="$feedTitle"/></title>
        <link rel="stylesheet" href="/dsfr/dsfr.min.css"/>
        <link rel="stylesheet" href="/dsfr/utility/icons/icons.min.css"/>
        <link rel="stylesheet" href="/assets/ftap.css"/>
        <link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <header class="fr-header">
          <div class="fr-header__body">
            <div class="fr-container">
              <div class="fr-header__body-row">
                <div class="fr-header__brand fr-enlarge-link">
                  <div class="fr-header__brand-top">
                    <div class="fr-header__logo"><p class="fr-logo">République<br/>française</p></div>
                  </div>
                  <div class="fr-header__service">
                    <a href="/" title="Accueil — {$feedTitle}"><p class="fr-header__service-title"><xsl:value-of select="$feedTitle"/></p></a>
                    <p class="fr-header__service-tagline">Le compte rendu public des projets financés</p>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </header>
        <main id="contenu" class="fr-container fr-py-4w" data-ftap-flux="">
          <div class="fr-notice fr-notice--info fr-mb-4w">
            <div class="fr-container">
              <div class="fr-notice__body">
                <p class="fr-notice__title">Cette page est un flux d'actualités, fait pour un lecteur de flux : pour vous abonner, copiez son adresse dans votre lecteur.
                  <a href="/actualites/s-abonner/">Comment s'abonner</a></p>
              </div>
            </div>
          </div>
          <xsl:apply-templates select="atom:feed | rss/channel"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:feed">
    <h1>Actualités — <xsl:value-of select="atom:title"/></h1>
    <p><xsl:value-of select="atom:subtitle"/></p>
    <xsl:call-template name="count"><xsl:with-param name="n" select="count(atom:entry)"/></xsl:call-template>
    <ul class="ftap-list">
      <xsl:for-each select="atom:entry">
        <xsl:call-template name="item">
          <xsl:with-param name="title" select="atom:title"/>
          <xsl:with-param name="href" select="atom:link[@rel = 'alternate']/@href"/>
          <xsl:with-param name="iso" select="substring(atom:published | atom:updated[not(../atom:published)], 1, 10)"/>
          <xsl:with-param name="summary" select="atom:summary"/>
        </xsl:call-template>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="channel">
    <h1>Actualités — <xsl:value-of select="title"/></h1>
    <p><xsl:value-of select="description"/></p>
    <xsl:call-template name="count"><xsl:with-param name="n" select="count(item)"/></xsl:call-template>
    <ul class="ftap-list">
      <xsl:for-each select="item">
        <!-- pubDate reads "Mon, 15 Jan 2024 00:00:00 +0000". -->
        <xsl:variable name="month" select="substring(substring-after('|Jan01|Feb02|Mar03|Apr04|May05|Jun06|Jul07|Aug08|Sep09|Oct10|Nov11|Dec12', concat('|', substring(pubDate, 9, 3))), 1, 2)"/>
        <xsl:call-template name="item">
          <xsl:with-param name="title" select="title"/>
          <xsl:with-param name="href" select="link"/>
          <xsl:with-param name="iso" select="concat(substring(pubDate, 13, 4), '-', $month, '-', substring(pubDate, 6, 2))"/>
          <xsl:with-param name="summary" select="description"/>
        </xsl:call-template>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="count">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 0"><p>Aucune actualité publiée pour le moment.</p></xsl:when>
      <xsl:when test="$n = 1"><h2>La dernière actualité</h2></xsl:when>
      <xsl:otherwise><h2>Les <xsl:value-of select="$n"/> dernières actualités</h2></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="item">
    <xsl:param name="title"/>
    <xsl:param name="href"/>
    <xsl:param name="iso"/>
    <xsl:param name="summary"/>
    <li class="fr-mb-3w">
      <h3 class="fr-h5 fr-mb-1v"><a href="{$href}"><xsl:value-of select="$title"/></a></h3>
      <p class="fr-text--sm fr-mb-1v">Publié le <time datetime="{$iso}"><xsl:call-template name="date"><xsl:with-param name="iso" select="$iso"/></xsl:call-template></time></p>
      <p><xsl:value-of select="$summary"/></p>
    </li>
  </xsl:template>

  <!-- « 1er février 2018 », « 19 novembre 2019 », from AAAA-MM-JJ. -->
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:variable name="day" select="number(substring($iso, 9, 2))"/>
    <xsl:value-of select="$day"/>
    <xsl:if test="$day = 1">er</xsl:if>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring-before(substring-after('|01janvier|02février|03mars|04avril|05mai|06juin|07juillet|08août|09septembre|10octobre|11novembre|12décembre|', concat('|', substring($iso, 6, 2))), '|')"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($iso, 1, 4)"/>
  </xsl:template>
</xsl:stylesheet>
