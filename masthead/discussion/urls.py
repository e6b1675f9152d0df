from django.urls import path

from masthead.discussion import views

app_name = "discussion"

urlpatterns = [
    path("thread/<int:thread_id>/", views.thread_comments, name="thread"),
    path("thread/<int:thread_id>/post/", views.post_comment, name="post"),
    path("preview/", views.preview, name="preview"),
    path("<int:comment_id>/", views.permalink, name="permalink"),
    path("<int:comment_id>/reply/", views.reply_form, name="reply"),
    path("<int:comment_id>/vote/", views.vote, name="vote"),
    path("<int:comment_id>/edit/", views.edit, name="edit"),
    path("<int:comment_id>/remove/", views.remove, name="remove"),
    path("<int:comment_id>/report/", views.report, name="report"),
    path("<int:comment_id>/thread/", views.continue_thread, name="continue"),
]
