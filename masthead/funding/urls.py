from django.urls import path

from masthead.funding import views

app_name = "funding"

urlpatterns = [
    path("donate/", views.donate, name="donate"),
    path("thanks/<uuid:public_id>/", views.thanks, name="thanks"),
    path("thanks/<uuid:public_id>/manage/", views.manage, name="manage"),
    path("stripe/webhook/", views.stripe_webhook, name="stripe-webhook"),
    path("widget/", views.widget, name="widget"),
    path("supporters/", views.supporters, name="supporters"),
    path("badge/", views.badge, name="badge"),
    path("badge/<str:token>/", views.badge_confirm, name="badge-confirm"),
]
