"""Publishing: the home page, sections, articles, their authors, tags and images."""

from datetime import datetime
from typing import Any

from django.core.paginator import Page as PaginatorPage
from django.db import models
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from masthead.articles.blocks import ArticleBodyBlock
from masthead.moderation.models import ModerationMode


class NewsImage(AbstractImage):
    """A picture in the library; its credit travels with it wherever it is used."""

    credit = models.CharField(
        max_length=200, blank=True, help_text="Shown beside the image, e.g. 'Photo: Ana Ruiz'."
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        permissions = [("choose_image", "Can choose image")]


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(NewsImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class PublicationSettings(BaseSiteSetting):
    """What the publication says about itself in feeds, metadata and the page header."""

    tagline = models.CharField(max_length=200, blank=True)
    description = models.TextField(
        blank=True, help_text="One or two sentences for search engines and social cards."
    )
    twitter_handle = models.CharField(
        max_length=40, blank=True, help_text="Without the @; used for Twitter/X cards."
    )
    logo = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "publication"


@register_snippet
class Author(index.Indexed, models.Model):
    """A person who writes for the publication; an article names one or more."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    role = models.CharField(max_length=120, blank=True, help_text="e.g. 'Climate correspondent'.")
    bio = models.TextField(blank=True)
    photo = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})


class HomePage(Page):
    """The front page: the latest articles from every section, newest first."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["articles.SectionPage"]
    max_count = 1

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from masthead.articles import selectors

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context["articles"] = selectors.article_page(
            request,
            selectors.live_articles().descendant_of(self),
            per_page=selectors.HOME_ARTICLES_PER_PAGE,
        )
        return context


class SectionPage(Page):
    """A section of the publication (World, Local, ...) listing its articles."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from masthead.articles import selectors

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        articles: PaginatorPage[ArticlePage] = selectors.article_page(
            request, selectors.live_articles().child_of(self)
        )
        context["articles"] = articles
        return context


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(Page):
    """A news article: headline (the page title), standfirst, lead image, body and bylines."""

    standfirst = models.TextField(
        max_length=500, help_text="One or two sentences under the headline; also the summary."
    )
    lead_image = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image_caption = models.CharField(max_length=300, blank=True)
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    updated_at = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name="updated",
        help_text="Set when the article changes in substance; shown as 'Updated'.",
    )
    comment_moderation = models.CharField(
        max_length=4,
        blank=True,
        choices=[("", "As the site's moderation settings say"), *ModerationMode.choices],
        help_text="Pre-moderate the comments of a sensitive story, whatever the site's default.",
    )

    content_panels = [
        FieldPanel("title", heading="Headline"),
        FieldPanel("standfirst"),
        InlinePanel("bylines", heading="Bylines", label="Author", min_num=1),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption", heading="Caption")],
            heading="Lead image",
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("updated_at"),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("comment_moderation")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "article"

    @cached_property
    def section(self) -> SectionPage | None:
        """Return the live section holding this article (one query, then cached)."""
        parent = self.get_parent()
        specific = parent.specific if parent else None
        return specific if isinstance(specific, SectionPage) else None

    @cached_property
    def authors(self) -> list[Author]:
        """Return the bylines' authors in order: from the list prefetch when there is one,
        else with one query."""
        bylines = self.bylines.all()
        if "bylines" not in getattr(self, "_prefetched_objects_cache", {}):
            bylines = bylines.select_related("author")
        return [byline.author for byline in bylines]

    @cached_property
    def tag_list(self) -> list[Tag]:
        """Return the article's tags (from the list prefetch when there is one)."""
        return list(self.tags.all())

    @property
    def modified_at(self) -> datetime | None:
        """Return when the article last changed: the editor's "updated" date if set."""
        return self.updated_at or self.last_published_at or self.first_published_at


class ArticleByline(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="bylines")

    panels = [FieldPanel("author")]

    def __str__(self) -> str:
        return f"{self.author} on {self.page}"
