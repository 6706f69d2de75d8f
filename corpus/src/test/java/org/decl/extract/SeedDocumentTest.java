package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document the project started from: a French declaration extracted from a PDF, where every
 * line is followed by a blank line, so blank lines say nothing about paragraphs.
 */
public class SeedDocumentTest {

  public static final List<String> PARAGRAPHS =
      List.of(
          "DECLARATION DE PARIS",
          "4e Sommet Mondial du Partenariat pour un Gouvernement Ouvert",
          "Ayant conscience que de tout temps nos démocraties ont le devoir de progresser et de se"
              + " renouveler en permanence afin de bâtir un monde plus stable, plus prospère et plus"
              + " équitable,",
          "Persuadés qu’un gouvernement ouvert répond mieux aux attentes de ses citoyens, en leur"
              + " donnant les moyens de s’engager dans les décisions qui concernent leur vie"
              + " quotidienne, et conduit nos démocraties à être plus au service du peuple,",
          "Convaincus que l’ouverture est essentielle pour rendre nos démocraties plus inclusives,"
              + " justes et durables ; pour promouvoir l’égalité des droits sociaux, culturels,"
              + " économiques, civils et politiques pour tous ; et que la transparence, la"
              + " redevabilité du gouvernement et les sociétés ouvertes dressent des barrières contre"
              + " l’autoritarisme et la restriction des libertés civiles,",
          "Reconnaissant que les technologies numériques et l’ouverture des données transforment"
              + " les modes d’interaction entre citoyens et gouvernements et créent des opportunités"
              + " nouvelles en matière de participation, de réactivité et de dialogue,",
          "Résolus à maintenir les standards les plus élevés d’intégrité et de redevabilité dans"
              + " nos gouvernements et nos administrations, qui doivent être exempts de corruption et"
              + " être immanquablement au service de l’intérêt général,",
          "Fidèles aux objectifs et aux principes de l'Organisation des Nations Unies, conformément"
              + " à sa Charte, ainsi qu'aux principes consacrés dans la Déclaration universelle des"
              + " droits de l'homme, la Convention des Nations Unies contre la corruption et d'autres"
              + " instruments internationaux relatifs aux droits de l'homme et à la bonne"
              + " gouvernance.",
          "* * *",
          "Nous réitérons notre attachement aux principes et valeurs du Partenariat pour un"
              + " Gouvernement Ouvert (PGO), énoncés dans la Déclaration sur le Gouvernement Ouvert"
              + " et nous encourageons leur pleine application à travers les actions et les"
              + " engagements pris par tous les membres,",
          "Nous continuerons à relever le niveau d’ambition de nos réformes en matière de"
              + " gouvernement ouvert, afin d’approfondir les coopérations entre administration"
              + " publique et société civile,",
          "Nous reconnaissons qu’au cours des cinq ans à venir, le succès du PGO s’évaluera à"
              + " l’aune de sa capacité à produire des réformes qui améliorent concrètement la vie"
              + " des citoyens, de la mise en œuvre effective des plans d’action nationaux,",
          "Nous nous engageons à repousser les frontières des réformes en matière de gouvernement"
              + " ouvert au-delà de la seule transparence, afin de faire progresser la participation,"
              + " la redevabilité de l’administration et sa réactivité face aux attentes des"
              + " citoyens. Nous bâtirons de nouvelles alliances entre les acteurs publics et la"
              + " société civile, menant à des services et à des processus de décision publics plus"
              + " collaboratifs,",
          "Nous faciliterons le partage de bonnes pratiques, l’échange entre pairs, les"
              + " collaborations et les coopérations concrètes qui fondent ces gouvernements ouverts,"
              + " en tirant tout le parti du numérique et des nouvelles technologies,",
          "Pour lui donner sa pleine mesure, nous œuvrerons à déployer cette transformation pour"
              + " plus d’ouverture, de transparence et de concertation dans toutes les institutions"
              + " et les parties prenantes en travaillant avec les gouvernements, les parlements, les"
              + " collectivités territoriales, la société civile, les médias, le monde académique et"
              + " le secteur privé – afin que le gouvernement ouvert contribue à relever les défis"
              + " sociaux, économiques, et environnementaux des décennies à venir,",
          "Nous soutiendrons et diversifierons le réseau des acteurs du gouvernement ouvert dans le"
              + " monde entier,",
          "Nous diffuserons les principes du gouvernement ouvert au sein de la fonction publique,"
              + " afin d’y encourager des changements culturels et organisationnels, et de promouvoir"
              + " les standards les plus élevés de professionnalisme, d’intégrité et de transparence,",
          "Nous protègerons et défendrons l’espace et la capacité d’action de la société civile"
              + " pour lui permettre d’agir, de s’engager et de co-construire l’action publique, comme"
              + " souligné dans les textes fondateurs du Partenariat pour un Gouvernement Ouvert,",
          "Nous protégerons la liberté d’expression, conformément au droit international, y compris"
              + " pour la presse et tous les médias, ainsi que le rôle des journalistes comme"
              + " essentiel à la transparence et à la redevabilité, et nous nous élèverons contre les"
              + " attaques, la détention abusive de journalistes,",
          "Nous soutiendrons la mise en œuvre du gouvernement ouvert dans les collectivités"
              + " territoriales, qui amplifiera l’impact de nos efforts ainsi que les initiatives"
              + " participatives locales qui rapprochent le service public des citoyens,",
          "Nous appuierons les Etats non-membres, s’ils le souhaitent, à engager des réformes"
              + " d’ouverture, afin de diffuser plus largement les valeurs du gouvernement ouvert, et"
              + " d’élargir le Partenariat à de nouveaux pays éligibles,",
          "Nous nous engageons à promouvoir largement les principes et valeurs du gouvernement"
              + " ouvert, y compris au sein d’initiatives internationales telles que les objectifs de"
              + " développement durable, les conventions et accords en matière de lutte contre la"
              + " corruption et contre le réchauffement climatique, afin que le PGO et les principes"
              + " de gouvernement ouvert contribuent à la mise en œuvre de ces objectifs mondiaux."
              + " Nous travaillerons pour cela en coordination avec les mécanismes de suivi et de"
              + " mise en œuvre de ces initiatives, telles que ceux des Nations Unies,",
          "Nous maintiendrons un niveau d’ambition et d’émulation collectives, à travers la mise en"
              + " œuvre des actions collectives pour faire accélérer le mouvement du gouvernement"
              + " ouvert et afin d’entretenir une dynamique de progrès dans les réformes et d’être une"
              + " source d’inspiration pour l’écosystème du gouvernement ouvert",
          "Nous prenons ces engagements sur une base volontaire, non contraignante. Nous avons"
              + " rejoint le Partenariat par la volonté d’améliorer nos sociétés et pour que nos"
              + " gouvernements accomplissent leur devoir de toujours mieux servir leur peuple.",
          "* * *",
          "ACTIONS COLLECTIVES POUR UN GOUVERNEMENT OUVERT",
          "Les actions collectives proposées en soutien à cette déclaration établissent de"
              + " nouvelles ambitions en matière de gouvernement ouvert, et contribuent à transformer"
              + " durablement l’action publique à l’échelle internationale, nationale et locale en"
              + " matière de : transparence, intégrité et lutte contre la corruption ; développement"
              + " durable et changement climatique ; et d’outils et de ressources numériques"
              + " communs.",
          "En rejoignant une action collective particulière sur une base volontaire, non"
              + " contractuelle et dans les limites de ses lois, chaque Etat membre et association"
              + " partagera ses outils, son expertise et ses expériences, ou mobilisera, s’il y a"
              + " lieu, des moyens techniques et financiers. Si des Etats membres du PGO s’engagent"
              + " dans de nouvelles actions collectives, ils veilleront à ce que ces actions figurent"
              + " comme engagements dans leur Plan d’Action National en cours ou futur, en"
              + " concertation avec la société civile. Les pays et les organisations de la société"
              + " civile membres s’engagent uniquement sur les actions collectives auxquelles ils"
              + " contribuent.",
          "Les actions collectives : paris-declaration.ogpsummit.org");

  private static Extractor extractor;
  private static ExtractedDocument seed;

  @BeforeAll
  static void extractSeed() {
    extractor = new Extractor(ExtractOptions.defaults());
    seed = extractor.extract(Source.file(Repo.file("examples/paris-2016/fr.txt")));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void givesTheParagraphsAsACarefulReaderSeesThem() {
    assertEquals(PARAGRAPHS, seed.texts());
  }

  @Test
  void marksTitlesSeparatorsAndTheSectionHeading() {
    List<ParagraphKind> kinds = seed.paragraphs().stream().map(Paragraph::kind).toList();
    assertEquals(ParagraphKind.HEADING, kinds.get(0));
    assertEquals(ParagraphKind.HEADING, kinds.get(1));
    assertEquals(ParagraphKind.SEPARATOR, kinds.get(8));
    assertEquals(ParagraphKind.SEPARATOR, kinds.get(24));
    assertEquals(ParagraphKind.HEADING, kinds.get(25));
    assertEquals(
        24,
        kinds.stream().filter(k -> k == ParagraphKind.TEXT).count(),
        "6 recitals, 15 commitments and 3 closing paragraphs");
  }

  @Test
  void detectsFrench() {
    assertEquals("fr", seed.lang());
    assertEquals("text/plain", seed.mediaType());
    assertEquals("DECLARATION DE PARIS", seed.title());
  }
}
