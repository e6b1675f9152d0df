from django.urls import path

from masthead.articles import views
from masthead.articles.feeds import AuthorFeed, SectionFeed, TagFeed, feed_view

app_name = "articles"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("authors/", views.author_list, name="authors"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("authors/<slug:slug>/feed/", feed_view(AuthorFeed), name="author-rss"),
    path("authors/<slug:slug>/feed/atom/", feed_view(AuthorFeed, atom=True), name="author-atom"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("tags/<slug:slug>/feed/", feed_view(TagFeed), name="tag-rss"),
    path("tags/<slug:slug>/feed/atom/", feed_view(TagFeed, atom=True), name="tag-atom"),
    # A section is a page at /<slug>/; its feeds sit under it.
    path("<slug:slug>/feed/", feed_view(SectionFeed), name="section-rss"),
    path("<slug:slug>/feed/atom/", feed_view(SectionFeed, atom=True), name="section-atom"),
]
